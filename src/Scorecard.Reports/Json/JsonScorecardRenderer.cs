using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scorecard.Core.Comparison;
using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Scorecards;
using Scorecard.Core.Statistics;
using Scorecard.Core.Time;
using Scorecard.Reports.Rendering;
using Scorecard.Reports.Summary;

namespace Scorecard.Reports.Json;

/// <summary>
/// Writes the whole scorecard as JSON for other programs: unrounded values with their components and
/// confidence intervals, the figures as displayed, differences, directions with their methods, notes,
/// data coverage, provenance, each indicator's monthly trend and the written summary. The document
/// follows docs/scorecard-json-schema.json.
/// </summary>
/// <remarks>
/// Numbers are written in the shortest form that reads back to the same double. Months are
/// <c>yyyy-MM</c>; the generation time is ISO 8601 in UTC. A value that is not available is null,
/// never zero. Property order is fixed, so two reports of the same data differ only in
/// <c>provenance.generatedAt</c>.
/// </remarks>
public sealed class JsonScorecardRenderer : IScorecardRenderer
{
    /// <summary>Version of the document's layout; it changes when a property is renamed or removed.</summary>
    public const int SchemaVersion = 1;

    private static readonly string[] WindowRoles = ["baseline", "previous", "current"];

    /// <inheritdoc />
    public string FormatName => "json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public void Render(ScorecardReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(json, report);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n"));
        writer.Write('\n');
    }

    private static void Write(Utf8JsonWriter json, ScorecardReport report)
    {
        var methods = MethodKey.For(report);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        WritePlan(json, report.Plan);
        json.WriteString("reportMonth", report.Month.ToString());
        WriteWindows(json, report.Windows);

        json.WriteStartArray("priorities");
        foreach (var priority in report.Priorities)
        {
            json.WriteStartObject();
            json.WriteNumber("number", priority.Priority.Number);
            json.WriteString("title", priority.Priority.Title);
            json.WriteString("label", ScorecardFormatter.FormatPriority(priority.Priority));
            json.WriteStartArray("indicators");
            foreach (var row in priority.Rows)
            {
                WriteIndicator(json, priority.Priority, row, methods);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("dataNotes");
        foreach (var note in report.DataNotes)
        {
            json.WriteStartObject();
            json.WriteString("marker", note.Marker);
            json.WriteString("text", note.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("methods");
        foreach (var method in methods.Methods)
        {
            json.WriteStartObject();
            json.WriteString("marker", method.Marker);
            json.WriteString("name", method.Name);
            json.WriteString("note", method.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "methodNotes", report.MethodNotes);
        WriteCoverage(json, report.Coverage);
        WriteProvenance(json, report);
        WriteSummary(json, ScorecardSummaryWriter.Write(report));
        json.WriteString("licence", ScorecardFormatter.LicenceStatement(report));
        json.WriteEndObject();
    }

    private static void WritePlan(Utf8JsonWriter json, Plan plan)
    {
        json.WriteStartObject("plan");
        json.WriteString("name", plan.Name);
        json.WriteString("force", plan.Force);
        json.WriteString("forceName", plan.ForceDisplayName);
        json.WriteString("baselineEnd", plan.BaselineEnd.ToString());
        json.WriteStartArray("footnotes");
        foreach (var (number, text) in plan.Footnotes.OrderBy(footnote => footnote.Key))
        {
            json.WriteStartObject();
            json.WriteNumber("number", number);
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteWindows(Utf8JsonWriter json, ScorecardWindows windows)
    {
        var headings = ScorecardFormatter.Headings(windows);
        json.WriteStartArray("windows");
        for (var i = 0; i < 3; i++)
        {
            var window = windows.InColumnOrder[i];
            json.WriteStartObject();
            json.WriteString("role", WindowRoles[i]);
            json.WriteString("firstMonth", window.First.ToString());
            json.WriteString("lastMonth", window.Last.ToString());
            json.WriteString("label", window.Label);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("comparisonYears", windows.ComparisonYears);
        WriteStrings(json, "headings", headings.InColumnOrder);
    }

    private static void WriteIndicator(Utf8JsonWriter json, Priority priority, IndicatorRow row, MethodKey methods)
    {
        var indicator = row.Indicator;
        var formatted = ScorecardFormatter.FormatRow(priority, row);
        json.WriteStartObject();
        json.WriteString("id", indicator.Id);
        json.WriteString("label", indicator.Label);
        WriteNullableString(json, "subgroup", formatted.Subgroup);
        WriteNumbers(json, "footnotes", indicator.Footnotes);
        json.WriteString("unit", PlanNames.Of(indicator.Unit));
        json.WriteString("polarity", PlanNames.Of(indicator.Polarity));
        json.WriteBoolean("showPercentDifference", indicator.ShowPercentDifference);
        json.WriteBoolean("showInterval", indicator.ShowInterval);
        WriteNumbers(json, "intervalFootnotes", indicator.IntervalFootnotes);

        json.WriteStartArray("values");
        for (var i = 0; i < row.Values.Count; i++)
        {
            WriteValue(json, WindowRoles[i], row.Values[i], formatted.Values[i], formatted.Interval?.HalfWidths[i]);
        }

        json.WriteEndArray();

        json.WriteStartObject("differences");
        WriteNullableNumber(json, "number", row.Differences.Number);
        WriteNullableNumber(json, "percent", row.Differences.Percent);
        json.WriteString("numberDisplay", formatted.NumberDifference);
        json.WriteString("percentDisplay", formatted.PercentDifference);
        json.WriteEndObject();

        json.WriteString("direction", DirectionName(row.Direction));
        json.WriteString("directionDisplay", DirectionStyle.For(row.Direction).Label);
        var method = methods.For(row.DirectionMethod);
        json.WriteStartObject("directionMethod");
        json.WriteString("kind", MethodKindName(indicator.DirectionMethod));
        json.WriteString("marker", method.Marker);
        json.WriteString("name", method.Name);
        json.WriteEndObject();

        json.WriteStartArray("trend");
        foreach (var point in row.Trend)
        {
            json.WriteStartObject();
            json.WriteString("month", point.Month.ToString());
            WriteNullableNumber(json, "value", point.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, string role, WindowValue value, FormattedValue formatted, string? halfWidthDisplay)
    {
        json.WriteStartObject();
        json.WriteString("window", role);
        WriteNullableNumber(json, "value", value.Value);
        json.WriteString("display", formatted.Text);
        json.WriteStartObject("components");
        json.WriteNumber("numerator", value.Components.Numerator);
        json.WriteNumber("denominator", value.Components.Denominator);
        json.WriteNumber("squaredWeights", value.Components.SquaredWeights);
        json.WriteEndObject();
        WriteNullableString(json, "noteMarker", formatted.NoteMarker);
        WriteNullableString(json, "unavailableReason", value.UnavailableReason);
        WriteStrings(json, "missingMonths", value.MissingMonths.Select(month => month.ToString()).ToList());
        WriteInterval(json, value.Interval, halfWidthDisplay);
        json.WriteEndObject();
    }

    private static void WriteInterval(Utf8JsonWriter json, ConfidenceInterval? interval, string? halfWidthDisplay)
    {
        if (interval is null)
        {
            json.WriteNull("interval");
            return;
        }

        json.WriteStartObject("interval");
        json.WriteNumber("lower", interval.Lower);
        json.WriteNumber("upper", interval.Upper);
        json.WriteNumber("halfWidth", interval.HalfWidth);
        json.WriteString("halfWidthDisplay", halfWidthDisplay ?? ScorecardFormatter.FormatIntervalHalfWidth(interval));
        json.WriteNumber("level", interval.Level);
        json.WriteString("method", interval.Method == IntervalMethod.Wilson ? "wilson" : "normal");
        json.WriteNumber("effectiveSampleSize", interval.EffectiveSampleSize);
        json.WriteEndObject();
    }

    private static void WriteCoverage(Utf8JsonWriter json, IReadOnlyList<DataCoverage> coverage)
    {
        json.WriteStartArray("coverage");
        foreach (var source in coverage)
        {
            json.WriteStartObject();
            json.WriteString("source", source.Source);
            json.WriteString("force", source.Force);
            WriteNullableString(json, "firstMonth", source.FirstMonth?.ToString());
            WriteNullableString(json, "lastMonth", source.LastMonth?.ToString());
            WriteStrings(json, "missingMonths", source.MissingMonths.Select(month => month.ToString()).ToList());
            json.WriteNumber("rows", source.Rows);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteProvenance(Utf8JsonWriter json, ScorecardReport report)
    {
        var provenance = report.Provenance;
        json.WriteStartObject("provenance");
        json.WriteString("planName", report.Plan.Name);
        json.WriteString("planFile", provenance.PlanFile);
        json.WriteString("planSha256", provenance.PlanSha256);
        json.WriteString("scorecardVersion", provenance.ScorecardVersion);
        json.WriteString("generatedAt", provenance.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, ScorecardSummary summary)
    {
        json.WriteStartArray("summary");
        foreach (var section in summary.Sections)
        {
            json.WriteStartObject();
            json.WriteString("heading", section.Heading);
            WriteNullableString(json, "lead", section.Lead);
            WriteStrings(json, "bullets", section.Bullets);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Returns the direction's JSON name: "improving", "stable", "deteriorating" or "not-available".</summary>
    public static string DirectionName(Direction direction) => direction switch
    {
        Direction.Improving => "improving",
        Direction.Stable => "stable",
        Direction.Deteriorating => "deteriorating",
        Direction.NotAvailable => "not-available",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, $"Direction {direction} has no JSON name."),
    };

    /// <summary>Returns the method kind's JSON name in the plan's spelling, such as "confidence-intervals".</summary>
    public static string MethodKindName(DirectionMethodKind kind) => kind switch
    {
        DirectionMethodKind.Polarity => "polarity",
        DirectionMethodKind.IntervalOverlap => "confidence-intervals",
        DirectionMethodKind.ZTest => "z-test",
        DirectionMethodKind.PoissonRateRatio => "poisson",
        DirectionMethodKind.ToleranceBand => "tolerance",
        DirectionMethodKind.Spc => "spc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Direction method {kind} has no JSON name."),
    };

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, IEnumerable<int> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }
}
