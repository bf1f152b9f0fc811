namespace Scorecard.Data.Synthetic;

/// <summary>File names and header rows of a force extract, as docs/force-extracts.md lays them out.</summary>
public static class ExtractLayout
{
    public const string OffencesFile = "offences.csv";
    public const string CallsFile = "calls.csv";
    public const string SurveyFile = "survey.csv";
    public const string ReturnsFile = "returns.csv";
    public const string OutcomeTypesFile = "outcome-types.csv";
    public const string SeverityWeightsFile = "severity-weights.csv";
    public const string PopulationFile = "population.csv";
    public const string ReadmeFile = "README.txt";

    public static IReadOnlyList<string> OffencesHeader { get; } =
        ["reference", "recorded_date", "offence_code", "flags", "victim_id", "victim_sex", "area", "outcome_type", "outcome_date"];

    public static IReadOnlyList<string> CallsHeader { get; } = ["call_id", "channel", "received_at", "answered", "wait_seconds", "area"];

    /// <summary>The survey's fixed columns; one column per question follows them.</summary>
    public static IReadOnlyList<string> SurveyFixedHeader { get; } = ["response_id", "date", "weight", "victim", "sex", "area"];

    public static IReadOnlyList<string> ReturnsHeader { get; } = ["measure_id", "month", "area", "value", "numerator", "denominator", "squared_weights"];

    public static IReadOnlyList<string> OutcomeTypesHeader { get; } = ["outcome_type", "description", "solved", "effective_from", "effective_to"];

    public static IReadOnlyList<string> SeverityWeightsHeader { get; } = ["offence_code", "weight", "version", "effective_from"];

    public static IReadOnlyList<string> PopulationHeader { get; } = ["area", "year", "population"];

    /// <summary>Every CSV file the generator writes, in the order it writes them.</summary>
    public static IReadOnlyList<string> CsvFiles { get; } =
        [OutcomeTypesFile, SeverityWeightsFile, PopulationFile, OffencesFile, CallsFile, SurveyFile, ReturnsFile];
}
