namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Column names of each extract layout, as Scorecard names them (lower case, underscores).
/// A file's own header is matched against these after lower-casing it and turning spaces into
/// underscores, and after any renaming given with <c>--columns</c>.
/// </summary>
internal static class ExtractColumns
{
    public static readonly string[] Offences =
        ["reference", "recorded_date", "offence_code", "flags", "victim_id", "victim_sex", "area", "outcome_type", "outcome_date"];

    public static readonly string[] CallsRequired = ["call_id", "channel", "received_at", "answered", "wait_seconds"];

    public static readonly string[] CallsOptional = ["area"];

    public static readonly string[] SurveyRequired = ["response_id", "date", "weight", "victim"];

    public static readonly string[] SurveyOptional = ["sex", "area"];

    public static readonly string[] ReturnsRequired = ["measure_id", "month"];

    public static readonly string[] ReturnsOptional = ["area", "value", "numerator", "denominator", "squared_weights"];

    public static readonly string[] OutcomeTypes = ["outcome_type", "description", "solved", "effective_from", "effective_to"];

    public static readonly string[] SeverityWeights = ["offence_code", "weight", "version", "effective_from"];

    public static readonly string[] Population = ["area", "year", "population"];

    /// <summary>Returns every column name a file of <paramref name="kind"/> may have, or null when any name is allowed (survey questions).</summary>
    public static IReadOnlySet<string>? Known(ExtractKind kind) => kind switch
    {
        ExtractKind.Offences => Offences.ToHashSet(),
        ExtractKind.Calls => CallsRequired.Concat(CallsOptional).ToHashSet(),
        ExtractKind.Survey => null,
        ExtractKind.Returns => ReturnsRequired.Concat(ReturnsOptional).ToHashSet(),
        _ => OutcomeTypes.Concat(SeverityWeights).Concat(Population).ToHashSet(),
    };

    /// <summary>Returns a header name in the form columns are compared in: trimmed, lower case, spaces as underscores.</summary>
    public static string Normalise(string name) => name.Trim().Trim('\uFEFF').Trim().ToLowerInvariant().Replace(' ', '_');
}
