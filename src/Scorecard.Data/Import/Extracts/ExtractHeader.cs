namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Column positions of an extract file, found by Scorecard's column names after normalising the
/// file's header and applying the <see cref="ColumnMapping"/>. The first of two columns with the same
/// name is used.
/// </summary>
internal sealed class ExtractHeader
{
    private readonly Dictionary<string, int> _indexByName;

    private ExtractHeader(IReadOnlyList<string> written, Dictionary<string, int> indexByName)
    {
        Written = written;
        _indexByName = indexByName;
    }

    /// <summary>Column names as written in the file.</summary>
    public IReadOnlyList<string> Written { get; }

    /// <summary>Number of columns in the header.</summary>
    public int Count => Written.Count;

    /// <summary>Scorecard's names of the columns, in file order.</summary>
    public IEnumerable<string> Names => _indexByName.OrderBy(pair => pair.Value).Select(pair => pair.Key);

    /// <summary>Returns the position of the column named <paramref name="name"/>, or -1 when the file lacks it.</summary>
    public int IndexOf(string name) => _indexByName.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Whether the file has the column <paramref name="name"/>.</summary>
    public bool Has(string name) => _indexByName.ContainsKey(name);

    /// <summary>Reads the header, or returns the problem when a required column is missing.</summary>
    public static (ExtractHeader? Header, string? Problem) Read(
        IReadOnlyList<string> written, ColumnMapping mapping, IReadOnlyList<string> required, string layout)
    {
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < written.Count; i++)
        {
            indexByName.TryAdd(mapping.ColumnFor(written[i]), i);
        }

        var missing = required.Where(column => !indexByName.ContainsKey(column)).ToList();
        if (missing.Count == 0)
        {
            return (new ExtractHeader(written, indexByName), null);
        }

        var described = missing.Select(column => mapping.SourceFor(column) is { } source ? $"{column} (mapped from '{source}' by {mapping.File})" : column);
        var problem = $"The header lacks column(s) {string.Join(", ", described)}; found '{string.Join(",", written)}'. "
            + $"{layout} has the columns {string.Join(", ", required)}; rename the file's columns or map them with --columns.";
        return (null, problem);
    }
}
