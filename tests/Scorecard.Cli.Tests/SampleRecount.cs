using System.IO.Compression;

namespace Scorecard.Cli.Tests;

/// <summary>
/// Counts the City of London sample with a plain pass over the CSV rows, sharing no code with the
/// importer, so the report's counts can be checked against it.
/// </summary>
public sealed class SampleRecount
{
    // Outcome texts that count as solved: court results and charges, cautions, penalty notices,
    // drugs possession warnings and local resolutions.
    private static readonly HashSet<string> SolvedOutcomes =
    [
        "Suspect charged", "Suspect charged as part of another case", "Awaiting court outcome", "Court result unavailable",
        "Court case unable to proceed", "Defendant found not guilty", "Defendant sent to Crown Court", "Offender sent to prison",
        "Offender given suspended prison sentence", "Offender fined", "Offender given a community sentence", "Offender given community sentence",
        "Offender given conditional discharge", "Offender given absolute discharge", "Offender otherwise dealt with",
        "Offender ordered to pay compensation", "Offender deprived of property", "Offender given a caution",
        "Offender given penalty notice", "Offender given a drugs possession warning", "Local resolution",
    ];

    private readonly List<(string Month, string CrimeType, string Outcome)> _rows = [];

    public SampleRecount(string zipPath)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        foreach (var entry in archive.Entries.Where(entry => entry.Name.EndsWith("-street.csv", StringComparison.Ordinal)))
        {
            foreach (var cells in CsvFile.Read(entry.Open()).Skip(1))
            {
                _rows.Add((cells[1], cells[9], cells[10]));
            }
        }
    }

    public int RowCount => _rows.Count;

    /// <summary>Crimes (not anti-social behaviour) in the 12 months to <paramref name="lastMonth"/>, optionally of one type.</summary>
    public int Crimes(string lastMonth, string? crimeType = null) =>
        InWindow(lastMonth).Count(row => row.CrimeType != "Anti-social behaviour" && (crimeType is null || row.CrimeType == crimeType));

    public int AntiSocialBehaviour(string lastMonth) => InWindow(lastMonth).Count(row => row.CrimeType == "Anti-social behaviour");

    public int Solved(string lastMonth) => InWindow(lastMonth).Count(row => SolvedOutcomes.Contains(row.Outcome));

    private IEnumerable<(string Month, string CrimeType, string Outcome)> InWindow(string lastMonth)
    {
        var last = new DateOnly(int.Parse(lastMonth[..4]), int.Parse(lastMonth[5..]), 1);
        var first = last.AddMonths(-11);
        return _rows.Where(row =>
        {
            var month = new DateOnly(int.Parse(row.Month[..4]), int.Parse(row.Month[5..]), 1);
            return month >= first && month <= last;
        });
    }
}
