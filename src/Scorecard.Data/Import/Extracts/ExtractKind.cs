namespace Scorecard.Data.Import.Extracts;

/// <summary>The kinds of file a force supplies, each with its own columns and import sub-command.</summary>
public enum ExtractKind
{
    /// <summary><c>offences.csv</c>: one row per recorded offence.</summary>
    Offences,

    /// <summary><c>calls.csv</c>: one row per call or online report.</summary>
    Calls,

    /// <summary><c>survey.csv</c>: one row per survey response, one column per question.</summary>
    Survey,

    /// <summary><c>returns.csv</c>: figures already counted, per measure, month and area.</summary>
    Returns,

    /// <summary>Outcome types, severity weights and population, recognised by their columns.</summary>
    Reference,
}
