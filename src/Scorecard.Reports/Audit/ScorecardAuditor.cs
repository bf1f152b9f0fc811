using System.Text.RegularExpressions;
using Scorecard.Core.Plans;

namespace Scorecard.Reports.Audit;

/// <summary>
/// Audits a published scorecard: checks the headings against the period columns, recomputes every
/// row's differences and direction of travel, checks derived rows such as a disparity between
/// sub-groups, and names the likely cause of each discrepancy.
/// </summary>
public static partial class ScorecardAuditor
{
    /// <summary>Audits <paramref name="scorecard"/>, taking units and polarity from <paramref name="plan"/> where it has the indicator.</summary>
    public static AuditReport Audit(PublishedScorecard scorecard, Plan? plan = null)
    {
        var findings = new List<AuditFinding>();
        CheckHeader(scorecard, scorecard.Header, findings);
        foreach (var repeated in scorecard.RepeatedHeaders)
        {
            CheckRepeatedHeader(scorecard, repeated, findings);
        }

        var audits = scorecard.Indicators.Select(indicator => AuditIndicator(scorecard, indicator, plan)).ToList();
        findings.AddRange(audits.SelectMany(audit => audit.Findings));
        findings.AddRange(CheckDisparities(scorecard, audits));

        var ordered = findings.OrderBy(finding => finding.Line).ThenBy(finding => finding.Column).ToList();
        return new AuditReport(scorecard, audits, ordered);
    }

    private static void CheckHeader(PublishedScorecard scorecard, HeaderRow header, List<AuditFinding> findings)
    {
        if (header.Previous.Window is not { } previous || header.Current.Window is not { } current)
        {
            return;
        }

        if (current.Last.Ordinal - previous.Last.Ordinal != 12)
        {
            findings.Add(HeaderFinding(scorecard, header, header.Current.Column, header.Current.Label, header.Previous.Label,
                $"12 months after {previous.Last.ToLongName()}",
                FindingCause.Unexplained,
                $"The current period '{header.Current.Label}' should end 12 months after the previous period '{header.Previous.Label}'."));
        }

        var expected = PeriodLabel.ComparisonYears(previous, current);
        foreach (var column in new[] { header.NumberDifferenceColumn, header.PercentDifferenceColumn, header.DirectionColumn })
        {
            var heading = header.Heading(column);
            if (PeriodLabel.YearsNamed(heading) is { } named && named != expected)
            {
                findings.Add(HeaderFinding(scorecard, header, column, heading, named, expected, FindingCause.HeaderWrongYear,
                    $"The heading '{heading}' names {named}, but its column compares '{header.Previous.Label}' with '{header.Current.Label}', which is {expected}."));
            }
        }
    }

    // A repeat of the header is checked only where it differs from the first, so one wrong heading is reported once.
    private static void CheckRepeatedHeader(PublishedScorecard scorecard, HeaderRow repeated, List<AuditFinding> findings)
    {
        var first = scorecard.Header;
        if (repeated.Cells.Where(text => text.Length > 0).SequenceEqual(first.Cells.Where(text => text.Length > 0)))
        {
            return;
        }

        CheckHeader(scorecard, repeated, findings);
        var columns = Math.Max(first.Cells.Count, repeated.Cells.Count);
        for (var column = 1; column <= columns; column++)
        {
            if (first.Heading(column) != repeated.Heading(column) && PeriodLabel.Pattern.IsMatch(first.Heading(column) + repeated.Heading(column)))
            {
                findings.Add(HeaderFinding(scorecard, repeated, column, repeated.Heading(column), repeated.Heading(column), first.Heading(column), FindingCause.Unexplained,
                    $"The repeated header names the period '{repeated.Heading(column)}' where the header on line {first.Line} names '{first.Heading(column)}'."));
            }
        }
    }

    private static AuditFinding HeaderFinding(PublishedScorecard scorecard, HeaderRow header, int column, string field, string published, string recomputed, FindingCause cause, string explanation) =>
        new(header.Line, column, scorecard.Table.Locate(header.Line, column), "Header row", field, published, recomputed, cause, explanation);

    private static IndicatorAudit AuditIndicator(PublishedScorecard scorecard, PublishedIndicator indicator, Plan? plan)
    {
        var intervalFindings = new List<AuditFinding>();
        var halfWidths = IndicatorChecker.ReadHalfWidths(scorecard, indicator, intervalFindings);

        var asLaidOut = IndicatorReading.Assign(indicator.ValueCells, scorecard.Header);
        var profile = Profile(indicator, asLaidOut, plan);
        var checker = new IndicatorChecker(scorecard, indicator, profile, halfWidths);

        var result = checker.Check(asLaidOut);
        string? realignment = null;
        var findings = new List<AuditFinding>();

        if (result.DiscrepancyCount > 0 && FindAlignment(scorecard, indicator, checker) is { } aligned)
        {
            realignment = aligned.Description;
            result = aligned.Result;
            findings.Add(new AuditFinding(
                aligned.Cell.Line,
                aligned.Cell.Column,
                scorecard.Table.Locate(aligned.Cell.Line, aligned.Cell.Column),
                indicator.DisplayName,
                "(row layout)",
                aligned.Published,
                aligned.Expected,
                FindingCause.MisalignedRow,
                $"As laid out, the row's figures do not add up; read with {aligned.Description}, every figure agrees. The export probably shifted the row's cells."));
        }

        findings.AddRange(result.Findings);
        findings.AddRange(intervalFindings);
        return new IndicatorAudit(indicator, profile, result.Reading, result.Values, halfWidths, result.NumberDifference, result.PercentDifference, result.Direction, realignment, findings);
    }

    private static IndicatorProfile Profile(PublishedIndicator indicator, IndicatorReading reading, Plan? plan)
    {
        if (plan is not null && IndicatorInference.Match(plan, indicator.Label, indicator.SubGroup) is { } planned)
        {
            return IndicatorInference.FromPlan(planned);
        }

        var values = reading.Values
            .Select(cell => PublishedNumber.TryParse(cell.Text, out var number) ? number : (PublishedNumber?)null)
            .OfType<PublishedNumber>();
        return IndicatorInference.Infer(indicator.Label, values);
    }

    private sealed record Alignment(IndicatorChecker.Result Result, PublishedCell Cell, string Description, string Published, string Expected);

    // Tries each reading with one cell removed (an empty cell the export inserted) or one empty cell
    // inserted (a cell the export lost), and returns the first whose figures all agree.
    private static Alignment? FindAlignment(PublishedScorecard scorecard, PublishedIndicator indicator, IndicatorChecker checker)
    {
        var cells = indicator.ValueCells;
        var width = scorecard.Header.FieldWidth;

        for (var index = 0; index < Math.Min(cells.Count, width); index++)
        {
            var cell = cells[index];
            if (!cell.IsBlank || cell.IsAbsent)
            {
                continue;
            }

            var shifted = cells.Where((_, position) => position != index).ToList();
            var result = checker.Check(IndicatorReading.Assign(shifted, scorecard.Header));
            if (result.DiscrepancyCount == 0)
            {
                return new Alignment(result, cell, $"the empty cell in column {cell.Column} left out",
                    $"empty cell in column {cell.Column}", "no cell: the values after it belong one column left");
            }
        }

        for (var index = 0; index < Math.Min(cells.Count, width); index++)
        {
            var cell = cells[index];
            if (cell.IsAbsent)
            {
                break;
            }

            var shifted = cells.ToList();
            shifted.Insert(index, new PublishedCell("", cell.Line, cell.Column));
            var result = checker.Check(IndicatorReading.Assign(shifted, scorecard.Header));
            if (result.DiscrepancyCount == 0)
            {
                return new Alignment(result, cell, $"an empty cell put back before column {cell.Column}",
                    $"{cell.Quoted} in column {cell.Column}", $"{cell.Quoted} one column right: a cell is missing before it");
            }
        }

        return null;
    }

    // A row labelled "... disparity between A and B" is B minus A, for sub-group rows A and B of the same priority.
    private static IEnumerable<AuditFinding> CheckDisparities(PublishedScorecard scorecard, List<IndicatorAudit> audits)
    {
        foreach (var disparity in audits)
        {
            var match = DisparityPattern().Match(disparity.Indicator.Label);
            if (!match.Success)
            {
                continue;
            }

            var samePriority = audits.Where(audit => audit.Indicator.PriorityNumber == disparity.Indicator.PriorityNumber && audit.Indicator.SubGroup is not null).ToList();
            var first = samePriority.FirstOrDefault(audit => SameGroup(audit.Indicator.SubGroup!, match.Groups["first"].Value));
            var second = samePriority.FirstOrDefault(audit => SameGroup(audit.Indicator.SubGroup!, match.Groups["second"].Value));
            if (first is null || second is null)
            {
                continue;
            }

            for (var period = 0; period < disparity.Values.Count; period++)
            {
                if (disparity.Values[period] is not { } shown || first.Values[period] is not { } a || second.Values[period] is not { } b)
                {
                    continue;
                }

                var computed = b.Value - a.Value;
                if (Math.Round(computed, shown.Decimals, MidpointRounding.AwayFromZero) == shown.Value)
                {
                    continue;
                }

                var bounds = RoundingBounds.Difference(RoundingBounds.Of(a, false), RoundingBounds.Of(b, false));
                var cell = disparity.Reading.Values[period];
                var label = scorecard.Header.Periods[period].Label;
                var working = $"{second.Indicator.SubGroup} {b} - {first.Indicator.SubGroup} {a} = {shown.FormatLike(computed)}";
                var rounding = bounds.Admits(shown);
                yield return new AuditFinding(cell.Line, cell.Column, scorecard.Table.Locate(cell.Line, cell.Column), disparity.Indicator.DisplayName, label,
                    shown.ToString(), shown.FormatLike(computed), rounding ? FindingCause.Rounding : FindingCause.Unexplained,
                    rounding
                        ? $"From the sub-group rows, {working}; the published {shown} is within the rounding of those figures."
                        : $"From the sub-group rows on lines {first.Indicator.Line} and {second.Indicator.Line}, {working}, not {shown}.");
            }
        }
    }

    private static bool SameGroup(string subGroup, string named) =>
        LettersOnly(subGroup) == LettersOnly(named);

    private static string LettersOnly(string text) => new(text.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());

    [GeneratedRegex(@"disparity between (?<first>.+?) and (?<second>.+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DisparityPattern();
}
