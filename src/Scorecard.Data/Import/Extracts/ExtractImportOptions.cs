namespace Scorecard.Data.Import.Extracts;

/// <summary>Settings of one extract import.</summary>
/// <param name="Force">Force identifier the rows belong to, such as <c>essex</c>; the plan's <c>force:</c> must match it. Reference imports need it only for population.</param>
public sealed record ExtractImportOptions(string? Force)
{
    /// <summary>When true, any bad row means nothing is stored.</summary>
    public bool Strict { get; init; }

    /// <summary>Offence flags accepted besides the built-in ones, such as <c>hate-crime</c>.</summary>
    public IReadOnlyList<string> ExtraFlags { get; init; } = [];

    /// <summary>Column mapping file (<c>column,source_column</c> rows), or null when the files use Scorecard's names.</summary>
    public string? ColumnsFile { get; init; }

    /// <summary>
    /// Plan whose indicators name the returns ids when an audit export is imported as returns: each
    /// exported row gets the returns id of the plan indicator with the same label and sub-group. Null
    /// names the returns after the labels.
    /// </summary>
    public Core.Plans.Plan? Plan { get; init; }
}
