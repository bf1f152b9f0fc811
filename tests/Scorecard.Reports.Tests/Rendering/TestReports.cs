using Scorecard.Core.Comparison;
using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Scorecards;
using Scorecard.Core.Time;

namespace Scorecard.Reports.Tests.Rendering;

/// <summary>
/// Hand-built scorecards for renderer tests. Values follow the Essex scorecard for the 12 months
/// to May 2024, with the unrounded values chosen to pin rounding rules.
/// </summary>
internal static class TestReports
{
    public static readonly ReportMonth Month = new(2024, 5);
    public static readonly ReportMonth BaselineEnd = new(2019, 12);
    public static readonly ScorecardWindows Windows = ScorecardWindows.For(Month, BaselineEnd);
    public static readonly DateTimeOffset GeneratedAt = new(2026, 12, 4, 20, 45, 10, TimeSpan.Zero);

    public const string ChildrenLabel = "Number of offences against children aged <16 & their carers";
    public const string MissingBaselineNote = "Number of knife-enabled crime offences, 12 months to Dec 2019: not available because no data for Jan 2019 to Mar 2019.";
    public const string MissingCurrentNote = ChildrenLabel + ", 12 months to May 2024: not available because no data for May 2024.";

    /// <summary>
    /// Three priorities and eleven indicators in every unit but rates, with all four directions.
    /// One baseline value and one current value are not available, with data notes a and b.
    /// </summary>
    public static ScorecardReport Essex()
    {
        var builder = new ReportBuilder();
        builder.Priority(1, "Further investment in crime prevention")
            .Row(Indicator("all-crime", "Number of all crime offences", Unit.Count), 168_218, 161_421, 150_319)
            .Row(Indicator("harm-score", "Harm (Crime Severity) Score - All Crime", Unit.Score, footnotes: [1]), 13.8, 14.3, 13.8)
            .Row(Indicator("homicides", "Number of homicides", Unit.Count, footnotes: [2]), 60, 14, 17)
            .Row(Indicator("calls-abandoned", "Percentage of CCC 101 Calls Abandoned", Unit.Percentage), 34.0, 35.74, 27.26)
            .Row(Indicator("wait-time", "CCC 101 Average wait time (mm:ss)", Unit.DurationSeconds), 420, 614, 518);
        builder.Priority(2, "Reducing drug driven violence")
            .Row(Indicator("drug-homicides", "Number of drug related homicides", Unit.Count, footnotes: [2, 6], showPercent: false), 10, 1, 0)
            .Row(Indicator("knife-crime", "Number of knife-enabled crime offences", Unit.Count), null, 1_593, 1_517)
            .Row(Indicator("ocg-disruptions", "Number of Organised Criminal Group disruptions", Unit.Count, Polarity.HigherIsBetter, footnotes: [8]), 99, 421, 403);
        builder.Priority(3, "Protecting vulnerable people & breaking the cycle of domestic abuse")
            .Row(Indicator("children", ChildrenLabel, Unit.Count), 5_259, 6_020, null)
            .Row(Indicator("investigation-days", "Average days taken to investigate High Harm offences", Unit.Days), 44.2, 51.8, 67.7)
            .Row(Indicator("dog-thefts-solved", "Number of dog thefts solved", Unit.Count, Polarity.HigherIsBetter), 2, 3, 3);

        var footnotes = new Dictionary<int, string>
        {
            [1] = "Crime severity score: offences weighted by sentencing, per 1,000 population.",
            [2] = "Homicides are counted in the year they are recorded.",
            [6] = "Drug-related homicides are a subset of all homicides.",
            [8] = "Organised Criminal Group disruptions are counted by the Serious and Organised Crime Unit.",
        };

        var coverage = new List<DataCoverage>
        {
            new("police.uk street-level crimes", "essex", new ReportMonth(2017, 12), new ReportMonth(2024, 5),
                [new ReportMonth(2019, 7), new ReportMonth(2019, 8), new ReportMonth(2019, 9), new ReportMonth(2020, 1)], 1_234_567),
            new("Force call records", "essex", null, null, [], 0),
        };

        return builder.Build(
            "Police, Fire and Crime Plan 2021-2024",
            "Essex Police",
            footnotes,
            coverage,
            new Provenance("plans/essex-2024.yaml", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "0.1.0", GeneratedAt));
    }

    /// <summary>A one-priority report with a single count row whose label is <paramref name="label"/>.</summary>
    public static ScorecardReport SingleRow(string label, double? baseline = 100, double? previous = 90, double? current = 80)
    {
        var builder = new ReportBuilder();
        builder.Priority(1, "Only priority").Row(Indicator("only", label, Unit.Count), baseline, previous, current);
        return builder.Build("Plan", "Force", new Dictionary<int, string>(), [], new Provenance("plan.yaml", "00", "0.1.0", GeneratedAt));
    }

    /// <summary>
    /// A one-row report of a count whose 36 monthly values repeat 1, 0, 2, 0, 1, 3, 0, 1, 2, 1, 0, 1.
    /// The mean is 12 / 12 = 1. Within each 12 the moving ranges are 1, 2, 2, 1, 2, 3, 1, 1, 1, 1, 1
    /// (sum 16), and the two steps from one 12 to the next are 1 to 1, so 0. The mean moving range
    /// is 3 x 16 / 35 = 48 / 35, and the limits are 1 +- 2.66 x 48 / 35 = 1 +- 3.648 = -2.648 to 4.648.
    /// </summary>
    public static ScorecardReport SmallCounts(Core.Spc.SpcBounds bounds)
    {
        double[] pattern = [1, 0, 2, 0, 1, 3, 0, 1, 2, 1, 0, 1];
        var trend = Enumerable.Range(0, 36).Select(i => new Core.Spc.SpcPoint(Month.AddMonths(i - 35), pattern[i % 12])).ToList();
        var indicator = Indicator("weapons", "Number of possession of weapons offences", Unit.Count) with
        {
            SpcOptions = Core.Spc.XmrOptions.Default with { Bounds = bounds },
        };
        var builder = new ReportBuilder();
        builder.Priority(1, "Only priority").Row(indicator, 15, 12, 12, trend);
        return builder.Build("Plan", "Force", new Dictionary<int, string>(), [], new Provenance("plan.yaml", "00", "0.1.0", GeneratedAt));
    }

    /// <summary>A report whose second priority has no indicators.</summary>
    public static ScorecardReport WithEmptyPriority()
    {
        var builder = new ReportBuilder();
        builder.Priority(1, "Counted").Row(Indicator("counted", "Number of offences", Unit.Count), 10, 20, 30);
        builder.Priority(2, "Not yet measured");
        return builder.Build("Plan", "Force", new Dictionary<int, string>(), [], new Provenance("plan.yaml", "00", "0.1.0", GeneratedAt));
    }

    /// <summary>
    /// Survey rows from the Essex scorecard with confidence intervals, two sub-groups and two direction
    /// methods, then two counts decided by polarity. The drug-response survey has no baseline (note a).
    /// </summary>
    public static ScorecardReport Surveys()
    {
        var builder = new ReportBuilder();
        var overlap = new IntervalOverlapDirectionMethod();
        var zTest = new TwoProportionZTestDirectionMethod();

        // Intervals 73.5 +-1.0 = [72.5, 74.5] and 76.1 +-1.0 = [75.1, 77.1] do not overlap: Improving.
        // 57.6 +-1.2 = [56.4, 58.8] and 59.4 +-1.2 = [58.2, 60.6] overlap: Stable.
        // 60.9 +-3.0 and 60.3 +-3.1 overlap: Stable. 75.5 +-1.0 and 78.3 +-1.0 do not: Improving.
        builder.Priority(1, "Confidence in policing")
            .SurveyRow(Survey("confidence", ConfidenceLabel), [(64.7, 1.1), (73.5, 1.0), (76.1, 1.04)], overlap)
            .SurveyRow(Survey("drug-response", DrugResponseLabel), [null, (57.6, 1.2), (59.4, 1.2)], overlap)
            .SurveyRow(Survey("victims", VictimsLabel) with { Subgroup = "Victims" }, [(52.7, 3.5), (60.9, 3.0), (60.3, 3.1)], overlap)
            .SurveyRow(Survey("non-victims", VictimsLabel) with { Subgroup = "Non-Victims" }, [(66.1, 1.1), (75.5, 1.0), (78.3, 1.0)], zTest);
        builder.Priority(2, "Crime")
            .Row(Indicator("all-crime", "Number of all crime offences", Unit.Count), 168_218, 161_421, 150_319)
            .Row(Indicator("dog-thefts", "Number of dog thefts", Unit.Count, showPercent: false), 57, 54, 44);

        var footnotes = new Dictionary<int, string>
        {
            [4] = "Internal survey of residents, weighted to the population.",
            [5] = "95% confidence interval: the value is plus or minus this many percentage points.",
        };
        var coverage = new List<DataCoverage>
        {
            new("Force survey responses", "essex", new ReportMonth(2018, 1), new ReportMonth(2024, 5), [new ReportMonth(2020, 4), new ReportMonth(2020, 5)], 48_210),
        };
        return builder.Build("Police, Fire and Crime Plan 2021-2024", "Essex Police", footnotes, coverage,
            new Provenance("plans/essex-survey.yaml", "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8", "0.1.0", GeneratedAt));
    }

    public const string ConfidenceLabel = "Percentage of people who have confidence in policing in Essex (internal survey)";
    public const string DrugResponseLabel = "Percentage of people who have confidence that the policing response to drug crime is improving (internal survey)";
    public const string VictimsLabel = "Percentage of victims of crime who have confidence in policing in Essex (internal survey)";

    private static Indicator Survey(string id, string label) =>
        Indicator(id, label, Unit.Percentage, Polarity.HigherIsBetter, footnotes: [4]) with
        {
            ShowInterval = true,
            IntervalFootnotes = [5],
            DirectionMethod = DirectionMethodKind.IntervalOverlap,
        };

    public static Indicator Indicator(
        string id,
        string label,
        Unit unit,
        Polarity polarity = Polarity.LowerIsBetter,
        IReadOnlyList<int>? footnotes = null,
        bool showPercent = true) =>
        new(id, label, footnotes ?? [], unit, polarity, new CrimeCountMeasure([], []), showPercent, DirectionMethodKind.Polarity);

    /// <summary>Assembles a report the way the scorecard builder does, from literal window values.</summary>
    internal sealed class ReportBuilder
    {
        private readonly List<(Priority Priority, List<IndicatorRow> Rows)> _priorities = [];
        private readonly List<DataNote> _notes = [];

        public ReportBuilder Priority(int number, string title)
        {
            _priorities.Add((new Priority(number, title, []), []));
            return this;
        }

        public ReportBuilder Row(Indicator indicator, double? baseline, double? previous, double? current, IReadOnlyList<Core.Spc.SpcPoint>? trend = null)
        {
            var values = new List<WindowValue>();
            var markers = new List<string?>();
            double?[] numbers = [baseline, previous, current];
            for (var i = 0; i < 3; i++)
            {
                var window = Windows.InColumnOrder[i];
                if (numbers[i] is { } number)
                {
                    values.Add(WindowValue.Available(window, number, Components.Count(number)));
                    markers.Add(null);
                    continue;
                }

                var missing = WindowValue.Missing(window, i == 0 ? MissingBaselineMonths : [Month]);
                var marker = ((char)('a' + _notes.Count)).ToString();
                _notes.Add(new DataNote(marker, $"{indicator.Label}, {window.Label}: not available because {missing.UnavailableReason}."));
                values.Add(missing);
                markers.Add(marker);
            }

            var method = new PolarityDirectionMethod();
            var row = new IndicatorRow(
                indicator,
                values,
                markers,
                Differences.Between(previous, current, indicator),
                method.Decide(previous, current, indicator.Polarity),
                method.Name)
            {
                Trend = trend ?? Trend(indicator.Unit, current ?? previous ?? 0, currentMissing: current is null),
            };
            _priorities[^1].Rows.Add(row);
            return this;
        }

        /// <summary>
        /// Adds a survey percentage with a confidence interval per window: each window is (value, half-width)
        /// or null when not available. The direction comes from <paramref name="method"/>.
        /// </summary>
        public ReportBuilder SurveyRow(Indicator indicator, (double Value, double HalfWidth)?[] windows, IDirectionMethod method)
        {
            var values = new List<WindowValue>();
            var markers = new List<string?>();
            for (var i = 0; i < 3; i++)
            {
                var window = Windows.InColumnOrder[i];
                if (windows[i] is { } survey)
                {
                    // The effective sample size that gives this half-width: n = p(1-p) (1.96 / h)^2, with p and h as shares.
                    // 75.5 +-1.0 gives n = 0.755 x 0.245 x 196^2 = 7,106; 78.3 +-1.0 gives 6,527, so the z-test of
                    // 75.5 against 78.3 has z = 0.028 / sqrt(0.769 x 0.231 x (1/7,106 + 1/6,527)) = 3.9: Improving.
                    var share = survey.Value / 100;
                    var effectiveSize = share * (1 - share) * Math.Pow(1.959963984540054 / (survey.HalfWidth / 100), 2);
                    var interval = new Core.Statistics.ConfidenceInterval(survey.Value - survey.HalfWidth, survey.Value + survey.HalfWidth, 0.95, Core.Statistics.IntervalMethod.Normal, effectiveSize);
                    values.Add(WindowValue.WithInterval(window, survey.Value, new Components(survey.Value * 10, 1000, 1000), interval));
                    markers.Add(null);
                    continue;
                }

                var missing = WindowValue.Missing(window, MissingBaselineMonths);
                var marker = ((char)('a' + _notes.Count)).ToString();
                _notes.Add(new DataNote(marker, $"{indicator.Label}, {window.Label}: not available because {missing.UnavailableReason}."));
                values.Add(missing);
                markers.Add(marker);
            }

            var row = new IndicatorRow(
                indicator,
                values,
                markers,
                Differences.Between(values[1].Value, values[2].Value, indicator),
                method.Decide(new DirectionInput(values[1], values[2], indicator.Polarity)),
                method.Name)
            {
                Trend = Trend(indicator.Unit, values[2].Value ?? 50, currentMissing: false),
            };
            _priorities[^1].Rows.Add(row);
            return this;
        }

        // Thirty-six months to the report month around a twelfth of the current value for counts, or the value itself
        // for other units, varying by a fixed pattern; the report month is a gap when the current value is missing.
        private static IReadOnlyList<Core.Spc.SpcPoint> Trend(Unit unit, double current, bool currentMissing)
        {
            var level = unit == Unit.Count ? current / 12 : current;
            double[] pattern = [0.02, -0.05, 0.08, 0.01, -0.03, 0.06, -0.07, 0.04, 0.00, -0.02, 0.05, -0.04];
            return Enumerable.Range(0, 36)
                .Select(i => new Core.Spc.SpcPoint(
                    Month.AddMonths(i - 35),
                    currentMissing && i == 35 ? null : Math.Round(level * (1 + pattern[i % 12] + (i < 18 ? 0.05 : 0)), unit == Unit.Count ? 0 : 2)))
                .ToList();
        }

        public ScorecardReport Build(string name, string force, IReadOnlyDictionary<int, string> footnotes, IReadOnlyList<DataCoverage> coverage, Provenance provenance)
        {
            var priorities = _priorities
                .Select(entry => new PriorityRows(
                    entry.Priority with { Indicators = entry.Rows.Select(row => row.Indicator).ToList() },
                    entry.Rows))
                .ToList();
            var plan = new Plan(name, force, BaselineEnd, priorities.Select(entry => entry.Priority).ToList(), footnotes);
            var methodNotes = priorities
                .SelectMany(entry => entry.Rows)
                .Select(row => row.DirectionMethod)
                .Distinct()
                .Select(DirectionMethods.Note)
                .ToList();
            return new ScorecardReport(plan, Month, Windows, priorities, _notes, methodNotes, coverage, provenance);
        }

        private static readonly IReadOnlyList<ReportMonth> MissingBaselineMonths =
            [new ReportMonth(2019, 1), new ReportMonth(2019, 2), new ReportMonth(2019, 3)];
    }
}
