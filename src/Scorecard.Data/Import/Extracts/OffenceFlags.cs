namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Flags an offence record may carry. The built-in ones are those a Police and Crime Plan commonly
/// reports on; a force adds its own with <c>--flag NAME</c> on the import. Flags are compared in lower case.
/// </summary>
public static class OffenceFlags
{
    /// <summary>Built-in flags, in the order the file layout lists them.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } =
        ["domestic-abuse", "knife-enabled", "drug-related", "rural", "child-abuse", "business", "high-harm", "vawg", "dog-theft"];

    /// <summary>Separator between flags in the <c>flags</c> column.</summary>
    public const char Separator = ';';

    /// <summary>Returns a flag in the form it is stored and compared in: trimmed, lower case.</summary>
    public static string Normalise(string flag) => flag.Trim().ToLowerInvariant();
}
