using System.Text.Encodings.Web;
using System.Text.Json;
using Scorecard.Core.Comparison;

namespace Scorecard.Reports.Audit;

/// <summary>
/// Writes an audit as JSON for tools: the periods, every indicator as read (published text and
/// value of each figure, unit and polarity with their basis), the reader's structure notes and the
/// findings. Values are numbers in the indicator's unit (seconds for durations); missing ones are null.
/// </summary>
public static class AuditJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Returns the audit as an indented JSON document.</summary>
    public static string ToJson(AuditReport report)
    {
        var scorecard = report.Scorecard;
        var header = scorecard.Header;
        var document = new
        {
            file = scorecard.File,
            format = scorecard.Table.Format.ToString().ToLowerInvariant(),
            comparisonYears = report.ComparisonYears,
            exitCode = report.ExitCode,
            summary = new
            {
                priorities = scorecard.Priorities.Count,
                indicators = report.Indicators.Count,
                confidenceIntervals = report.Indicators.Count(audit => audit.Indicator.Interval is not null),
                discrepancies = report.Discrepancies.Count,
                explainedByRounding = report.ExplainedByRounding.Count,
            },
            periods = header.Periods.Select(period => new
            {
                column = period.Column,
                label = period.Label,
                first = period.Window?.First.ToString(),
                last = period.Window?.Last.ToString(),
            }),
            structureNotes = scorecard.Notes.Select(note => new { line = note.Line, text = note.Text }),
            indicators = report.Indicators.Select(audit => Indicator(header, audit)),
            findings = report.Findings.Select(finding => new
            {
                line = finding.Line,
                column = finding.Column,
                location = finding.Location,
                row = finding.Row,
                field = finding.Field,
                published = finding.Published,
                recomputed = finding.Recomputed,
                cause = AuditTokens.Of(finding.Cause),
                isDiscrepancy = finding.IsDiscrepancy,
                explanation = finding.Explanation,
            }),
        };

        return JsonSerializer.Serialize(document, Options);
    }

    private static object Indicator(HeaderRow header, IndicatorAudit audit) => new
    {
        line = audit.Indicator.Line,
        priorityNumber = audit.Indicator.PriorityNumber,
        priorityTitle = audit.Indicator.PriorityTitle,
        label = audit.Indicator.Label,
        footnotes = audit.Indicator.Footnotes,
        subGroup = audit.Indicator.SubGroup,
        unit = AuditTokens.Of(audit.Profile.Unit),
        unitBasis = audit.Profile.UnitBasis,
        polarity = AuditTokens.Of(audit.Profile.Polarity),
        polarityBasis = audit.Profile.PolarityBasis,
        planIndicator = audit.Profile.PlanIndicatorId,
        intervalLine = audit.Indicator.Interval?.Line,
        values = header.Periods.Select((period, index) => new
        {
            period = period.Label,
            published = audit.Reading.Values[index].Text,
            value = audit.Values[index]?.Value,
            halfWidth = audit.HalfWidths[index]?.Value,
        }),
        numberDifference = Figure(audit.Reading.NumberDifference, audit.NumberDifference),
        percentDifference = Figure(audit.Reading.PercentDifference, audit.PercentDifference),
        direction = audit.Direction is { } direction and not Direction.NotAvailable ? DirectionText.Format(direction) : null,
        realignment = audit.Realignment,
    };

    private static object Figure(PublishedCell cell, PublishedNumber? number) => new { published = cell.Text, value = number?.Value };
}
