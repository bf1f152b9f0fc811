namespace Scorecard.Data.Import.PoliceUk;

/// <summary>
/// Column positions of a police.uk file, found by name. Both police.uk's header ("Crime ID",
/// "Last outcome category") and its snake_case variant ("crime_id", "last_outcome_category") are
/// accepted, because names are compared after lower-casing and turning spaces into underscores.
/// </summary>
internal sealed class PoliceUkHeader
{
    public static readonly string[] StreetColumns =
        ["crime_id", "month", "reported_by", "falls_within", "longitude", "latitude", "location", "lsoa_code", "lsoa_name", "crime_type", "last_outcome_category", "context"];

    public static readonly string[] OutcomeColumns =
        ["crime_id", "month", "reported_by", "falls_within", "longitude", "latitude", "location", "lsoa_code", "lsoa_name", "outcome_type"];

    private readonly Dictionary<string, int> _indexByName;

    private PoliceUkHeader(IReadOnlyList<string> names, Dictionary<string, int> indexByName)
    {
        Names = names;
        _indexByName = indexByName;
    }

    /// <summary>Column names as written in the file.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of columns in the header.</summary>
    public int Count => Names.Count;

    /// <summary>Returns the position of the column with the normalised name <paramref name="name"/>.</summary>
    public int this[string name] => _indexByName[name];

    /// <summary>Returns the column's name as written in the file.</summary>
    public string Written(string name) => Names[_indexByName[name]];

    /// <summary>Reads the header, or returns the problem when a required column is missing.</summary>
    public static (PoliceUkHeader? Header, string? Problem) Read(IReadOnlyList<string> names, PoliceUkFileKind kind)
    {
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            indexByName.TryAdd(Normalise(names[i]), i);
        }

        var required = kind == PoliceUkFileKind.Street ? StreetColumns : OutcomeColumns;
        var missing = required.Where(column => !indexByName.ContainsKey(column)).ToList();
        if (missing.Count > 0)
        {
            var problem = $"The header lacks column(s) {string.Join(", ", missing)}; found '{string.Join(",", names)}'. "
                + $"A police.uk {kind.ToString().ToLowerInvariant()} file has the columns {string.Join(", ", required)} (or the same names with spaces and capitals).";
            return (null, problem);
        }

        return (new PoliceUkHeader(names, indexByName), null);
    }

    private static string Normalise(string name) => name.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_');
}
