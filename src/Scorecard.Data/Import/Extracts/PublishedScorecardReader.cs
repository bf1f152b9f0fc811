using System.Text;
using DuckDB.NET.Data;
using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Statistics;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Reads the clean CSV that <c>scorecard audit --export</c> writes from a published scorecard, and
/// stores each indicator's published window values as monthly returns, so a published table becomes
/// data that a plan can report on.
/// </summary>
/// <remarks>
/// A published table gives window totals, not months, so each window's value is spread evenly over
/// its months: a count as whole numbers (the remainder in the earliest months), anything else as
/// equal shares of its components. Window sums are therefore exact, but the monthly series, trends and
/// SPC charts of such returns are flat by construction and carry no monthly information.
/// A survey percentage with a published interval half-width h becomes weighted components with the
/// effective sample size n = 1.96^2 p (1 - p) / h^2 that reproduces the interval.
/// </remarks>
internal sealed class PublishedScorecardReader(ScorecardStore store, string force, Plan? plan) : ReturnsReader(store, force)
{
    /// <summary>The column that only an audit export has, so its presence marks the file as one.</summary>
    public const string MarkerColumn = "period_1_value";

    private static readonly string[] Required = ["indicator", "unit", MarkerColumn, "period_1_end", "period_1_months"];

    private readonly Dictionary<(string Label, string SubGroup), string> _returnsIds = ReturnsIds(plan);

    public override string Layout => "An audit export";

    public override IReadOnlyList<string> RequiredColumns => Required;

    public override string? CheckHeader(ExtractHeader header) => null;

    public override bool ReadRow(ExtractRecord record, DuckDBAppender staging, FileTally tally)
    {
        if (!record.Required("indicator", "indicator label", out var label) || !record.Required("unit", "unit", out var unit))
        {
            return false;
        }

        var subGroup = record.Optional("sub_group") ?? "";
        var measureId = MeasureId(label, subGroup);
        if (measureId is null)
        {
            return record.Bad("indicator", $"No indicator of the plan has the label '{label}'{(subGroup.Length > 0 ? $" with sub-group '{subGroup}'" : "")}; correct the label or the plan, or import without --plan to name returns after the labels.");
        }

        if (!CheckUnique(record, "indicator", "indicator", measureId))
        {
            return false;
        }

        var months = new List<(ReportMonth Month, Components Share, bool IsCount)>();
        for (var period = 1; record.Header.Has($"period_{period}_value"); period++)
        {
            if (!ReadPeriod(record, period, unit, months))
            {
                return false;
            }
        }

        var overlap = months.GroupBy(entry => entry.Month).FirstOrDefault(group => group.Count() > 1);
        if (overlap is not null)
        {
            return record.Bad("period_1_end", $"Two periods of the row both include {overlap.Key}, so their values cannot be told apart as monthly returns; export periods that do not overlap.");
        }

        var kind = SourceKinds.Returns(measureId);
        foreach (var (month, share, isCount) in months.OrderBy(entry => entry.Month))
        {
            var row = staging.CreateRow().AppendValue(Force).AppendValue(measureId).AppendValue(month.FirstDay);
            row.AppendNullValue();
            if (isCount)
            {
                row.AppendValue((double?)share.Numerator).AppendNullValue().AppendNullValue().AppendNullValue().EndRow();
            }
            else
            {
                row.AppendNullValue().AppendValue((double?)share.Numerator).AppendValue((double?)share.Denominator).AppendValue((double?)share.SquaredWeights).EndRow();
            }

            tally.AddRow(kind, month);
        }

        record.CountsIn = months.Count > 0 ? (kind, months.Min(entry => entry.Month)) : null;
        Remember(record, measureId);
        return true;
    }

    // Adds the period's months and their shares; an empty value (a dash in the published table) adds nothing.
    private static bool ReadPeriod(ExtractRecord record, int period, string unit, List<(ReportMonth, Components, bool)> months)
    {
        var prefix = $"period_{period}_";
        if (!record.OptionalNumber(prefix + "value", out var value) || !record.OptionalNumber(prefix + "half_width", out var halfWidth))
        {
            return false;
        }

        if (value is null)
        {
            return true;
        }

        if (!record.Month(prefix + "end", out var end) || !record.Number(prefix + "months", out var count))
        {
            return false;
        }

        if (count < 1 || count > 120 || count != Math.Floor(count))
        {
            return record.Bad(prefix + "months", "The number of months must be a whole number from 1 to 120; correct it.");
        }

        var window = Window.MonthsEnding((int)count, end);
        var shares = Shares(unit, value.Value, halfWidth, window.MonthCount, out var isCount);
        if (shares is null)
        {
            return record.Bad("unit", $"The unit '{unit}' is not one of count, percentage, score, duration_seconds, days, rate_per_1000; correct it.");
        }

        months.AddRange(window.Months.Select((month, index) => (month, shares[index], isCount)));
        return true;
    }

    private static IReadOnlyList<Components>? Shares(string unit, double value, double? halfWidth, int monthCount, out bool isCount)
    {
        isCount = unit is "count" or "score" or "rate_per_1000";
        if (unit == "count" && value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            var whole = (long)value;
            var each = whole / monthCount;
            var remainder = whole % monthCount;
            return Enumerable.Range(0, monthCount).Select(index => Components.Count(each + (index < remainder ? 1 : 0))).ToList();
        }

        var total = unit switch
        {
            "count" or "score" or "rate_per_1000" => Components.Count(value),
            "duration_seconds" or "days" => new Components(value, 1),
            "percentage" => PercentageComponents(value, halfWidth),
            _ => (Components?)null,
        };
        if (total is not { } components)
        {
            return null;
        }

        var share = new Components(components.Numerator / monthCount, components.Denominator / monthCount, components.SquaredWeights / monthCount);
        return Enumerable.Repeat(share, monthCount).ToList();
    }

    // Unit weights with n = z^2 p (1 - p) / h^2 reproduce a published interval of half-width h; without
    // an interval the percentage is numerator over 100.
    private static Components PercentageComponents(double percent, double? halfWidth)
    {
        var share = percent / 100;
        if (halfWidth is not > 0 || share <= 0 || share >= 1)
        {
            return new Components(percent, 100);
        }

        var h = halfWidth.Value / 100;
        var n = WeightedProportion.Z95 * WeightedProportion.Z95 * share * (1 - share) / (h * h);
        return new Components(share * n, n, n);
    }

    private string? MeasureId(string label, string subGroup)
    {
        if (_returnsIds.Count == 0)
        {
            return Slug(subGroup.Length == 0 ? label : $"{label} {subGroup}");
        }

        return _returnsIds.GetValueOrDefault((Normalise(label), Normalise(subGroup)));
    }

    // A plan's indicator takes the returns id its measure names, or its own id.
    private static Dictionary<(string, string), string> ReturnsIds(Plan? plan)
    {
        var ids = new Dictionary<(string, string), string>();
        foreach (var indicator in plan?.Indicators ?? [])
        {
            var id = indicator.Measure switch
            {
                ReturnsMeasure returns => returns.Id,
                { ReturnsId: { } returnsId } => returnsId,
                _ => indicator.Id,
            };
            ids.TryAdd((Normalise(indicator.Label), Normalise(indicator.Subgroup ?? "")), id);
        }

        return ids;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>Returns lower-case words joined by hyphens, such as <c>number-of-homicides</c>.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var character in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                slug.Append(character);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
