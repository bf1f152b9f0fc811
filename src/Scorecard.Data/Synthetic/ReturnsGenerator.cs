namespace Scorecard.Data.Synthetic;

/// <summary>
/// Writes <c>returns.csv</c>: one whole-force row (empty area) per measure and month, with the
/// month's count in <c>value</c> and the component columns empty.
/// </summary>
internal sealed class ReturnsGenerator
{
    public const string OcgDisruptions = "ocg-disruptions";
    public const string NrmReferrals = "nrm-referrals";
    public const string Dvpn = "dvpn";
    public const string Dvpo = "dvpo";
    public const string VictimSupportReferrals = "victim-support-referrals";
    public const string AsbIncidents = "asb-incidents";

    /// <summary>Every measure id, in file order.</summary>
    public static IReadOnlyList<string> MeasureIds { get; } = [OcgDisruptions, NrmReferrals, Dvpn, Dvpo, VictimSupportReferrals, AsbIncidents];

    // Counts a year at the default size, joined by straight lines between the anchor months.
    private static readonly Dictionary<string, TrendCurve> AnnualCounts = new()
    {
        [OcgDisruptions] = new(("2019-01", 100), ("2021-06", 300), ("2022-12", 420), ("2024-05", 400)),
        [NrmReferrals] = new(("2019-01", 100), ("2021-06", 180), ("2022-12", 235), ("2024-05", 330)),
        [Dvpn] = new(("2019-01", 170), ("2021-06", 150), ("2022-12", 145), ("2024-05", 180)),
        [Dvpo] = new(("2019-01", 165), ("2021-06", 135), ("2022-12", 127), ("2024-05", 156)),
        [VictimSupportReferrals] = new(("2019-01", 41_000), ("2021-06", 32_000), ("2022-12", 28_000), ("2024-05", 25_500)),

        // Anti-social behaviour incidents rose sharply while lockdown rules were reported as ASB.
        [AsbIncidents] = new(("2019-01", 42_000), ("2020-02", 40_000), ("2020-05", 75_000), ("2021-03", 45_000), ("2022-06", 20_000), ("2024-05", 15_000)),
    };

    private readonly SyntheticForceOptions _options;
    private readonly SyntheticRandom _random;

    public ReturnsGenerator(SyntheticForceOptions options)
    {
        _options = options;
        _random = SyntheticRandom.ForStream(options.Seed, "returns");
    }

    // A return that no plan reads, so reports made from the extract can say the data is synthetic.
    private static void WriteMarker(CsvFileWriter csv, Core.Time.ReportMonth month)
    {
        csv.Field(Store.SyntheticMarker.ReturnsId);
        csv.Field(month.ToString());
        csv.Empty();
        csv.Field(1);
        csv.Empty();
        csv.Empty();
        csv.Empty();
        csv.EndRow();
    }

    /// <summary>Writes the file to <paramref name="path"/> and returns its data row count.</summary>
    public long Write(string path, IProgress<SyntheticProgress>? progress)
    {
        using var csv = new CsvFileWriter(path, ExtractLayout.ReturnsHeader);
        var months = _options.Months.ToList();
        for (var monthIndex = 0; monthIndex < months.Count; monthIndex++)
        {
            var month = months[monthIndex];
            WriteMarker(csv, month);
            foreach (var measureId in MeasureIds)
            {
                var expected = AnnualCounts[measureId].At(month) * _options.Scale / 12;
                csv.Field(measureId);
                csv.Field(month.ToString());
                csv.Empty();
                csv.Field(_random.NextPoisson(expected));
                csv.Empty();
                csv.Empty();
                csv.Empty();
                csv.EndRow();
            }

            progress?.Report(new SyntheticProgress(ExtractLayout.ReturnsFile, month, monthIndex + 1, months.Count, csv.Rows));
        }

        return csv.Rows;
    }
}
