using System.Globalization;
using Scorecard.Core.Comparison;
using Scorecard.Core.Plans;

namespace Scorecard.Reports.Audit;

/// <summary>
/// Recomputes one indicator row's derived figures from its published values: the number difference
/// (percentage points for a percentage), the % difference and the direction of travel. The direction
/// follows polarity, or for a survey row with confidence intervals, whether the two intervals overlap.
/// </summary>
internal sealed class IndicatorChecker
{
    private readonly PublishedScorecard _scorecard;
    private readonly PublishedIndicator _indicator;
    private readonly IndicatorProfile _profile;
    private readonly IReadOnlyList<PublishedNumber?> _halfWidths;

    public IndicatorChecker(PublishedScorecard scorecard, PublishedIndicator indicator, IndicatorProfile profile, IReadOnlyList<PublishedNumber?> halfWidths)
    {
        _scorecard = scorecard;
        _indicator = indicator;
        _profile = profile;
        _halfWidths = halfWidths;
    }

    private HeaderRow Header => _scorecard.Header;

    /// <summary>The figures a reading gives and what was found in them.</summary>
    public sealed record Result(
        IndicatorReading Reading,
        IReadOnlyList<PublishedNumber?> Values,
        PublishedNumber? NumberDifference,
        PublishedNumber? PercentDifference,
        Direction? Direction,
        IReadOnlyList<AuditFinding> Findings)
    {
        public int DiscrepancyCount => Findings.Count(finding => finding.IsDiscrepancy);
    }

    /// <summary>Checks every figure of <paramref name="reading"/>.</summary>
    public Result Check(IndicatorReading reading)
    {
        var findings = new List<AuditFinding>();
        var values = reading.Values.Select((cell, index) => ReadNumber(cell, Header.Periods[index].Label, findings)).ToList();

        foreach (var cell in reading.Unassigned.Where(cell => !cell.IsBlank))
        {
            findings.Add(Finding(cell, "(no column)", cell.Quoted, "(blank)", FindingCause.Unexplained,
                $"The cell {cell.Quoted} in column {cell.Column} lies outside the header's columns; the row has more cells than the header."));
        }

        var previous = values[^2];
        var current = values[^1];
        var numberDifference = CheckNumberDifference(reading.NumberDifference, previous, current, findings);
        var percentDifference = CheckPercentDifference(reading.PercentDifference, previous, current, findings);
        var direction = CheckDirection(reading.Direction, previous, current, findings);
        return new Result(reading, values, numberDifference, percentDifference, direction, findings);
    }

    /// <summary>Reads the interval row's half-widths, adding a finding for each cell that is not a non-negative number.</summary>
    public static IReadOnlyList<PublishedNumber?> ReadHalfWidths(PublishedScorecard scorecard, PublishedIndicator indicator, List<AuditFinding> findings)
    {
        if (indicator.Interval is not { } interval)
        {
            return scorecard.Header.Periods.Select(_ => (PublishedNumber?)null).ToList();
        }

        var halfWidths = new List<PublishedNumber?>();
        for (var i = 0; i < interval.HalfWidths.Count; i++)
        {
            var cell = interval.HalfWidths[i];
            PublishedNumber? halfWidth = null;
            if (!cell.IsEmptyValue)
            {
                if (PublishedNumber.TryParse(cell.Text, out var number) && number.Value >= 0 && !number.IsDuration)
                {
                    halfWidth = number;
                }
                else
                {
                    findings.Add(IntervalFinding(scorecard, indicator, cell, $"Confidence interval, {scorecard.Header.Periods[i].Label}", cell.Quoted, "a half-width of 0 or more",
                        $"The confidence-interval cell {cell.Quoted} is not a half-width; expected a number of 0 or more, or '-' where no interval is shown."));
                }
            }

            halfWidths.Add(halfWidth);
        }

        CheckIntervalTrailingCells(scorecard, indicator, interval, halfWidths, findings);
        return halfWidths;
    }

    // Some exports fill an interval row's difference columns with the difference of the half-widths
    // ("0.0" for 1.5 and 1.5). That figure is checked like any other; anything else there is a stray cell.
    private static void CheckIntervalTrailingCells(PublishedScorecard scorecard, PublishedIndicator indicator, PublishedInterval interval, List<PublishedNumber?> halfWidths, List<AuditFinding> findings)
    {
        for (var i = 0; i < interval.TrailingCells.Count; i++)
        {
            var cell = interval.TrailingCells[i];
            if (cell.IsBlank || (i == 1 && cell.IsDash))
            {
                continue;
            }

            if (i == 0 && PublishedNumber.TryParse(cell.Text, out var published) && halfWidths[^2] is { } before && halfWidths[^1] is { } after)
            {
                var bounds = RoundingBounds.Difference(RoundingBounds.Of(before, false), RoundingBounds.Of(after, false));
                if (!bounds.Admits(published))
                {
                    var recomputed = published.FormatLike(after.Value - before.Value);
                    findings.Add(IntervalFinding(scorecard, indicator, cell, "Confidence interval, difference", cell.Quoted, recomputed,
                        $"The interval row shows a difference of {cell.Text}, but its half-widths give {after} - {before} = {recomputed}."));
                }

                continue;
            }

            findings.Add(IntervalFinding(scorecard, indicator, cell, "Confidence interval", cell.Quoted, "(blank)",
                $"The confidence-interval row has {cell.Quoted} in column {cell.Column}, after its half-widths, where nothing is expected."));
        }
    }

    private static AuditFinding IntervalFinding(PublishedScorecard scorecard, PublishedIndicator indicator, PublishedCell cell, string field, string published, string recomputed, string explanation) =>
        new(cell.Line, cell.Column, scorecard.Table.Locate(cell.Line, cell.Column), indicator.DisplayName, field, published, recomputed, FindingCause.Unexplained, explanation);

    private PublishedNumber? ReadNumber(PublishedCell cell, string field, List<AuditFinding> findings)
    {
        if (cell.IsEmptyValue)
        {
            return null;
        }

        if (PublishedNumber.TryParse(cell.Text, out var number))
        {
            return number;
        }

        findings.Add(Finding(cell, field, cell.Quoted, "a number or '-'", FindingCause.Unexplained,
            $"The cell {cell.Quoted} under '{field}' is not a number; expected a figure such as 1,234, 12.5 or 07:00, or '-' when not available."));
        return null;
    }

    private PublishedNumber? CheckNumberDifference(PublishedCell cell, PublishedNumber? previous, PublishedNumber? current, List<AuditFinding> findings)
    {
        var field = Header.Heading(Header.NumberDifferenceColumn);
        var published = ReadNumber(cell, field, findings);
        if (previous is not { } before || current is not { } after)
        {
            if (published is not null)
            {
                findings.Add(Finding(cell, field, cell.Quoted, "-", FindingCause.Unexplained,
                    $"A difference is shown, but the {MissingPeriod(previous)} value is not available, so there is nothing to take it from."));
            }

            return published;
        }

        var computed = after.Value - before.Value;
        if (published is not { } shown)
        {
            if (cell.IsEmptyValue)
            {
                var expected = after.FormatLike(computed);
                findings.Add(Finding(cell, field, cell.Quoted, expected, FindingCause.Unexplained,
                    $"No difference is shown although both values are: {after} - {before} = {expected}{UnitSuffix}."));
            }

            return null;
        }

        var bounds = RoundingBounds.Difference(Bounds(before), Bounds(after));
        var working = $"{after} - {before} = {shown.FormatLike(computed)}{UnitSuffix}";
        CompareFigure(cell, field, shown, computed, bounds, working, findings);
        return shown;
    }

    private PublishedNumber? CheckPercentDifference(PublishedCell cell, PublishedNumber? previous, PublishedNumber? current, List<AuditFinding> findings)
    {
        var field = Header.Heading(Header.PercentDifferenceColumn);
        var published = ReadNumber(cell, field, findings);
        var dashReason = PercentDashReason(previous, current);
        if (dashReason is not null)
        {
            if (published is not null)
            {
                findings.Add(Finding(cell, field, cell.Quoted, "-", FindingCause.Unexplained,
                    $"A % difference is shown, but '-' is expected because {dashReason}."));
            }

            return published;
        }

        var before = previous!.Value;
        var after = current!.Value;
        var computed = (after.Value - before.Value) / before.Value * 100m;
        if (published is not { } shown)
        {
            if (cell.IsEmptyValue && _profile.ShowsPercentDifference == true)
            {
                var expected = PublishedNumber.Format(computed, 1, false, false);
                findings.Add(Finding(cell, field, cell.Quoted, expected, FindingCause.Unexplained,
                    $"The plan shows a % difference for this indicator, but none is published: ({after} - {before}) / {before} x 100 = {expected}."));
            }

            // Otherwise a count may show '-': showing the % difference is a per-indicator choice.
            return null;
        }

        var bounds = RoundingBounds.PercentChange(Bounds(before), Bounds(after));
        var working = $"({after} - {before}) / {before} x 100 = {computed.ToString("0.###", CultureInfo.InvariantCulture)}";
        CompareFigure(cell, field, shown, computed, bounds, working, findings);
        return shown;
    }

    private string? PercentDashReason(PublishedNumber? previous, PublishedNumber? current)
    {
        if (_profile.Unit != Unit.Count)
        {
            return $"the unit is {UnitName(_profile.Unit)} ({_profile.UnitBasis}), whose change is shown in the Number Difference column";
        }

        if (_profile.ShowsPercentDifference == false)
        {
            return $"the plan shows no % difference for this indicator ({_profile.UnitBasis})";
        }

        if (previous is null || current is null)
        {
            return $"the {MissingPeriod(previous)} value is not available";
        }

        return previous.Value.Value == 0 ? "the previous value is zero" : null;
    }

    // Compares a published difference with the recomputed one. Equal once rounded to the published
    // digits is fine, within the rounding of the operands is a rounding note, and anything else is a discrepancy.
    private void CompareFigure(PublishedCell cell, string field, PublishedNumber shown, decimal computed, RoundingBounds? bounds, string working, List<AuditFinding> findings)
    {
        var recomputed = shown.FormatLike(computed);
        if (Math.Round(computed, shown.Decimals, MidpointRounding.AwayFromZero) == shown.Value && !shown.IsDuration
            || shown.IsDuration && Math.Round(computed, MidpointRounding.AwayFromZero) == shown.Value)
        {
            return;
        }

        if (bounds is null || bounds.Value.Admits(shown))
        {
            findings.Add(Finding(cell, field, shown.ToString(), recomputed, FindingCause.Rounding,
                $"From the figures shown, {working}; the published {shown} is within the rounding of those figures, so it was most likely worked out from unrounded values."));
            return;
        }

        if (shown.Value != 0 && bounds.Value.Admits(-shown.Value, shown.HalfUnit))
        {
            findings.Add(Finding(cell, field, shown.ToString(), recomputed, FindingCause.SignReversed,
                $"The published {shown} has the wrong sign: {working}. It looks like previous minus current."));
            return;
        }

        findings.Add(Finding(cell, field, shown.ToString(), recomputed, FindingCause.Unexplained,
            $"From the figures shown, {working}, which differs from the published {shown} by more than their rounding can explain."));
    }

    private Direction? CheckDirection(PublishedCell cell, PublishedNumber? previous, PublishedNumber? current, List<AuditFinding> findings)
    {
        var field = Header.Heading(Header.DirectionColumn);
        var published = DirectionText.Parse(cell.Text);
        if (published is null && !cell.IsEmptyValue)
        {
            findings.Add(Finding(cell, field, cell.Quoted, "Improving, Stable or Deteriorating", FindingCause.Unexplained,
                $"The cell {cell.Quoted} is not a direction of travel; expected Improving, Stable or Deteriorating, or '-' when not available."));
            return null;
        }

        if (previous is not { } before || current is not { } after)
        {
            if (published is { } shownWithoutValues)
            {
                findings.Add(Finding(cell, field, DirectionText.Format(shownWithoutValues), "-", FindingCause.Unexplained,
                    $"A direction is shown, but the {MissingPeriod(previous)} value is not available, so there is nothing to take it from."));
            }

            return published;
        }

        var expected = ExpectedDirection(before, after);
        if (published is not { } shown)
        {
            findings.Add(Finding(cell, field, cell.Quoted, DirectionText.Format(expected.Primary), FindingCause.Unexplained,
                $"No direction is shown although both values are: {expected.Reason}"));
            return null;
        }

        if (expected.Accepted.Contains(shown))
        {
            return shown;
        }

        var opposite = shown != Direction.Stable && expected.Primary != Direction.Stable;
        findings.Add(Finding(cell, field, DirectionText.Format(shown), DirectionText.Format(expected.Primary),
            opposite ? FindingCause.DirectionContradictsPolarity : FindingCause.Unexplained,
            expected.Reason));
        return shown;
    }

    private sealed record ExpectedOutcome(Direction Primary, IReadOnlySet<Direction> Accepted, string Reason);

    private ExpectedOutcome ExpectedDirection(PublishedNumber before, PublishedNumber after)
    {
        var higherIsBetter = _profile.Polarity == Polarity.HigherIsBetter;
        var better = higherIsBetter ? "higher is better" : "lower is better";
        var moved = after.Value > before.Value ? "rose" : "fell";
        var byPolarity = after.Value == before.Value
            ? Direction.Stable
            : (after.Value > before.Value) == higherIsBetter ? Direction.Improving : Direction.Deteriorating;
        var change = $"the value {moved} from {before} to {after} and {better} ({_profile.PolarityBasis})";

        if (_halfWidths[^2] is { } previousHalf && _halfWidths[^1] is { } currentHalf)
        {
            return ExpectedByIntervals(before, after, previousHalf, currentHalf, byPolarity, change);
        }

        if (after.Value == before.Value)
        {
            var exact = Bounds(before).Low == Bounds(before).High && Bounds(after).Low == Bounds(after).High;
            return exact
                ? new ExpectedOutcome(Direction.Stable, new HashSet<Direction> { Direction.Stable }, $"The value is {after} in both periods, so the direction is Stable.")
                : new ExpectedOutcome(Direction.Stable, new HashSet<Direction> { Direction.Stable, Direction.Improving, Direction.Deteriorating },
                    $"The values are equal as shown ({after}); the unrounded values decide the direction.");
        }

        return new ExpectedOutcome(byPolarity, new HashSet<Direction> { byPolarity },
            $"The {Capitalised(change)}, so the direction is {DirectionText.Format(byPolarity)}.");
    }

    // Improving or Deteriorating only when the two 95% intervals do not overlap. When the gap between
    // them is within the rounding of the four figures shown, either direction is accepted.
    private ExpectedOutcome ExpectedByIntervals(PublishedNumber before, PublishedNumber after, PublishedNumber previousHalf, PublishedNumber currentHalf, Direction byPolarity, string change)
    {
        var gap = Math.Abs(after.Value - before.Value) - (previousHalf.Value + currentHalf.Value);
        var tolerance = before.HalfUnit + after.HalfUnit + previousHalf.HalfUnit + currentHalf.HalfUnit;
        var intervals = $"the intervals {Interval(before, previousHalf)} and {Interval(after, currentHalf)}";

        if (gap > tolerance)
        {
            return new ExpectedOutcome(byPolarity, new HashSet<Direction> { byPolarity },
                $"The {Capitalised(change)}; {intervals} do not overlap, so the change is significant and the direction is {DirectionText.Format(byPolarity)}.");
        }

        if (gap < -tolerance || byPolarity == Direction.Stable)
        {
            return new ExpectedOutcome(Direction.Stable, new HashSet<Direction> { Direction.Stable },
                $"The {Capitalised(change)}, but {intervals} overlap, so the change is not significant and the direction is Stable.");
        }

        return new ExpectedOutcome(byPolarity, new HashSet<Direction> { byPolarity, Direction.Stable },
            $"The {Capitalised(change)}; {intervals} meet within the rounding of the figures shown, so Stable and {DirectionText.Format(byPolarity)} are both possible.");
    }

    private static string Interval(PublishedNumber value, PublishedNumber halfWidth)
    {
        var decimals = Math.Max(value.Decimals, halfWidth.Decimals);
        var low = PublishedNumber.Format(value.Value - halfWidth.Value, decimals, false, false);
        var high = PublishedNumber.Format(value.Value + halfWidth.Value, decimals, false, false);
        return $"{low} to {high}";
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Whole counts are exact; every other figure may have been rounded to the digits shown.
    // NOTE: a duration is taken as rounded to the second (+-0.5 s); one truncated to the second can be up to 1 s out.
    private RoundingBounds Bounds(PublishedNumber number) =>
        RoundingBounds.Of(number, exact: _profile.Unit == Unit.Count && number.IsWhole);

    private string UnitSuffix => _profile.Unit switch
    {
        Unit.Percentage => " percentage points",
        Unit.Score => " points",
        Unit.Days => " days",
        _ => "",
    };

    private string MissingPeriod(PublishedNumber? previous) =>
        previous is null ? $"previous ({Header.Previous.Label})" : $"current ({Header.Current.Label})";

    internal static string UnitName(Unit unit) => unit switch
    {
        Unit.Count => "a count",
        Unit.Percentage => "a percentage",
        Unit.Score => "a score",
        Unit.DurationSeconds => "a duration",
        Unit.Days => "a number of days",
        Unit.RatePer1000 => "a rate per 1,000",
        _ => unit.ToString(),
    };

    private AuditFinding Finding(PublishedCell cell, string field, string published, string recomputed, FindingCause cause, string explanation) =>
        new(cell.Line, cell.Column, _scorecard.Table.Locate(cell.Line, cell.Column), _indicator.DisplayName, field, published, recomputed, cause, explanation);
}
