using nietras.SeparatedValues;
using Scorecard.Core.Time;
using Scorecard.Data.Synthetic;

namespace Scorecard.Data.Tests.Synthetic;

/// <summary>A synthetic extract written to a temporary folder, deleted on dispose, with helpers to read its files.</summary>
public sealed class SyntheticExtract : IDisposable
{
    public SyntheticExtract(SyntheticForceOptions options)
    {
        Options = options;
        Folder = Path.Combine(Path.GetTempPath(), "scorecard-synthetic-tests", Guid.NewGuid().ToString("N"));
        Counts = SyntheticForceGenerator.Generate(Folder, options);
    }

    public SyntheticForceOptions Options { get; }

    public string Folder { get; }

    public IReadOnlyList<SyntheticFileCount> Counts { get; }

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>Returns the first line of a file, split on commas (headers contain no quoted fields).</summary>
    public IReadOnlyList<string> Header(string file) => File.ReadLines(PathOf(file)).First().Split(',');

    /// <summary>Returns every data row of a file as column name to unquoted value.</summary>
    public IReadOnlyList<Dictionary<string, string>> Rows(string file)
    {
        using var reader = Sep.New(',').Reader(options => options with { Unescape = true }).FromFile(PathOf(file));
        var names = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>();
            for (var index = 0; index < names.Count; index++)
            {
                values[names[index]] = row[index].ToString();
            }

            rows.Add(values);
        }

        return rows;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a failing test must not hide the test's own failure.
        }
    }
}

/// <summary>
/// One extract shared by a test class: 12,000 offences a year over the 24 months of 2021 and 2022,
/// big enough for shares to settle (about 24,000 offences) and written in well under a second.
/// </summary>
public sealed class TwoYearExtractFixture : IDisposable
{
    public SyntheticExtract Extract { get; } = new(new SyntheticForceOptions
    {
        Seed = 7,
        OffencesPerYear = 12_000,
        From = new ReportMonth(2021, 1),
        To = new ReportMonth(2022, 12),
    });

    private readonly Dictionary<string, IReadOnlyList<Dictionary<string, string>>> _rows = [];

    public IReadOnlyList<Dictionary<string, string>> Offences => Rows(ExtractLayout.OffencesFile);

    /// <summary>Returns a file's rows, read once and kept for the other tests of the class.</summary>
    public IReadOnlyList<Dictionary<string, string>> Rows(string file)
    {
        lock (_rows)
        {
            if (!_rows.TryGetValue(file, out var rows))
            {
                rows = Extract.Rows(file);
                _rows[file] = rows;
            }

            return rows;
        }
    }

    public void Dispose() => Extract.Dispose();
}
