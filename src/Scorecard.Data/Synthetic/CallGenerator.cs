using Scorecard.Core.Time;

namespace Scorecard.Data.Synthetic;

/// <summary>
/// Writes <c>calls.csv</c>: 101 and 999 calls and online reports, month by month in the order they
/// were received. Each caller waits in a queue for an exponential time and gives up after an
/// exponential patience; whichever comes first decides whether the call is answered or abandoned and
/// how long it waited. Online reports are always "answered" and have no wait.
/// </summary>
internal sealed class CallGenerator
{
    /// <summary>Mean patience of a 101 caller before hanging up, in seconds.</summary>
    public const double PatienceSeconds101 = 1400;

    /// <summary>Mean patience of a 999 caller before hanging up, in seconds.</summary>
    public const double PatienceSeconds999 = 300;

    /// <summary>Share of 101 and 999 calls with no area recorded, 0 to 1.</summary>
    public const double NoAreaShare = 0.04;

    private static readonly string[] Channels = ["101", "999", "online"];

    // Calls a year at the default size in 2019, before trends and seasons.
    private static readonly double[] AnnualCalls = [290_000, 190_000, 24_000];

    private static readonly TrendCurve[] Levels =
    [
        new(("2019-01", 1.00), ("2020-02", 1.00), ("2020-04", 0.80), ("2021-07", 0.85), ("2022-12", 0.74), ("2024-05", 0.65)),
        new(("2019-01", 1.00), ("2020-02", 1.00), ("2020-04", 0.90), ("2021-07", 1.10), ("2022-12", 1.20), ("2024-05", 1.18)),
        new(("2019-01", 1.00), ("2020-04", 1.30), ("2021-07", 1.35), ("2022-12", 1.55), ("2024-05", 1.75)),
    ];

    // Mean time in the queue before an agent answers, in seconds; with the patience above it sets the
    // abandoned share, mean / (mean + patience): about 33% for 101 in 2019, 39% in late 2022, 24% in May 2024.
    private static readonly TrendCurve QueueSeconds101 = new(("2019-01", 700), ("2020-04", 560), ("2021-07", 760), ("2022-10", 900), ("2023-06", 780), ("2024-05", 430));

    private static readonly TrendCurve QueueSeconds999 = new(("2019-01", 6), ("2022-07", 9), ("2024-05", 7));

    private static readonly double[] Season = [0.95, 0.92, 0.97, 0.99, 1.04, 1.06, 1.08, 1.04, 1.00, 1.00, 0.97, 0.98];

    // Relative calls per hour of the day, midnight first: 101 calls and online reports in office
    // hours, 999 calls into the evening and late night.
    private static readonly WeightedChoice<int> DaytimeHour = Hours(
        [0.6, 0.4, 0.3, 0.25, 0.25, 0.35, 0.7, 1.4, 2.2, 2.6, 2.7, 2.7, 2.6, 2.6, 2.6, 2.6, 2.5, 2.3, 2.0, 1.8, 1.5, 1.3, 1.0, 0.8]);

    private static readonly WeightedChoice<int> EmergencyHour = Hours(
        [1.6, 1.4, 1.1, 0.8, 0.6, 0.5, 0.6, 0.8, 1.0, 1.1, 1.2, 1.3, 1.4, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.0, 2.0, 1.9, 1.8]);

    private readonly SyntheticForceOptions _options;
    private readonly SyntheticRandom _random;
    private readonly WeightedChoice<int> _areaChoice;

    public CallGenerator(SyntheticForceOptions options)
    {
        _options = options;
        _random = SyntheticRandom.ForStream(options.Seed, "calls");
        _areaChoice = new WeightedChoice<int>(SyntheticAreas.All.Select((area, index) => (index, area.Population * area.CrimeRate)).ToArray());
    }

    /// <summary>Returns the expected calls on a channel (index into 101, 999, online) in <paramref name="month"/> at the given scale.</summary>
    public static double ExpectedCalls(int channel, ReportMonth month, double scale)
    {
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        return AnnualCalls[channel] * scale * Levels[channel].At(month) * Season[month.Month - 1] * days / 365.25;
    }

    /// <summary>Writes the file to <paramref name="path"/> and returns its data row count.</summary>
    public long Write(string path, IProgress<SyntheticProgress>? progress)
    {
        using var csv = new CsvFileWriter(path, ExtractLayout.CallsHeader);
        var months = _options.Months.ToList();
        var callNumber = 0L;
        for (var monthIndex = 0; monthIndex < months.Count; monthIndex++)
        {
            var month = months[monthIndex];
            var start = month.FirstDay.ToDateTime(TimeOnly.MinValue);
            var queueFactor = MonthNoise(month);
            foreach (var key in ReceivedTimes(month))
            {
                callNumber++;
                var channel = (int)(key & 3);
                WriteCall(csv, $"CALL-{callNumber:D8}", channel, start.AddSeconds(key >> 2), month, queueFactor);
            }

            progress?.Report(new SyntheticProgress(ExtractLayout.CallsFile, month, monthIndex + 1, months.Count, csv.Rows));
        }

        return csv.Rows;
    }

    // Returns the month's calls as (seconds into the month x 4 + channel), sorted, so they can be
    // written in the order received with no call objects held.
    private long[] ReceivedTimes(ReportMonth month)
    {
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var counts = Enumerable.Range(0, Channels.Length).Select(channel => _random.NextPoisson(ExpectedCalls(channel, month, _options.Scale))).ToArray();
        var keys = new long[counts.Sum()];
        var next = 0;
        for (var channel = 0; channel < Channels.Length; channel++)
        {
            var hours = channel == 1 ? EmergencyHour : DaytimeHour;
            for (var index = 0; index < counts[channel]; index++)
            {
                var seconds = _random.NextInt(days) * 86_400L + hours.Draw(_random) * 3_600L + _random.NextInt(3_600);
                keys[next++] = seconds * 4 + channel;
            }
        }

        Array.Sort(keys);
        return keys;
    }

    private void WriteCall(CsvFileWriter csv, string callId, int channel, DateTime received, ReportMonth month, double queueFactor)
    {
        csv.Field(callId);
        csv.Field(Channels[channel]);
        csv.Field(received);
        if (channel == 2)
        {
            csv.Field("yes");
            csv.Empty();
            csv.Field(SyntheticAreas.All[_areaChoice.Draw(_random)].Name);
            csv.EndRow();
            return;
        }

        var meanQueue = (channel == 0 ? QueueSeconds101 : QueueSeconds999).At(month) * queueFactor;
        var patience = channel == 0 ? PatienceSeconds101 : PatienceSeconds999;
        var queue = _random.NextExponential(meanQueue);
        var givesUpAfter = _random.NextExponential(patience);
        var answered = queue <= givesUpAfter;
        csv.Field(answered ? "yes" : "no");
        csv.Field((long)Math.Round(Math.Min(queue, givesUpAfter)));
        if (_random.Chance(NoAreaShare))
        {
            csv.Empty();
        }
        else
        {
            csv.Field(SyntheticAreas.All[_areaChoice.Draw(_random)].Name);
        }

        csv.EndRow();
    }

    // Month-to-month noise of about 8% in the queue time, on top of the slow trend: one factor per
    // month and seed, from its own stream so that it does not depend on the calls before it.
    private double MonthNoise(ReportMonth month)
    {
        var monthRandom = SyntheticRandom.ForStream(_options.Seed, $"calls-queue-{month}");
        return Math.Exp(0.08 * monthRandom.NextNormal());
    }

    private static WeightedChoice<int> Hours(double[] weights) =>
        new(weights.Select((weight, hour) => (hour, weight)).ToArray());
}
