using nietras.SeparatedValues;

namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Renamed columns from a <c>--columns</c> file: a two-column CSV of <c>column,source_column</c>
/// rows that map Scorecard's column names to the names a force's file uses, such as
/// <c>recorded_date,Date Recorded</c>. A first row reading <c>column,source_column</c> is a header.
/// </summary>
public sealed class ColumnMapping
{
    private readonly Dictionary<string, string> _columnBySource;

    private ColumnMapping(string? file, Dictionary<string, string> columnBySource)
    {
        File = file;
        _columnBySource = columnBySource;
    }

    /// <summary>The mapping that renames nothing.</summary>
    public static ColumnMapping None { get; } = new(null, []);

    /// <summary>Mapping file as given, or null for <see cref="None"/>.</summary>
    public string? File { get; }

    /// <summary>Returns Scorecard's name for a column the file calls <paramref name="sourceName"/> (compared normalised), or the normalised name itself.</summary>
    public string ColumnFor(string sourceName)
    {
        var normalised = ExtractColumns.Normalise(sourceName);
        return _columnBySource.TryGetValue(normalised, out var column) ? column : normalised;
    }

    /// <summary>Returns the source column mapped to <paramref name="column"/>, or null when it is not renamed.</summary>
    public string? SourceFor(string column) =>
        _columnBySource.FirstOrDefault(pair => pair.Value == column).Key;

    /// <summary>Reads a mapping file for files of <paramref name="kind"/>.</summary>
    /// <exception cref="ScorecardDataException">The file is missing, a row does not have two values, a column is not one of the kind's, or a name is mapped twice.</exception>
    public static ColumnMapping Read(string path, ExtractKind kind)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new ScorecardDataException($"The column mapping file '{path}' was not found. Give a CSV of column,source_column rows, such as recorded_date,Date Recorded.");
        }

        var known = ExtractColumns.Known(kind);
        var columnBySource = new Dictionary<string, string>(StringComparer.Ordinal);
        var sourceByColumn = new Dictionary<string, long>(StringComparer.Ordinal);
        using var reader = Sep.New(',').Reader(options => options with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).FromFile(path);
        foreach (var row in reader)
        {
            // Sep 0.18 reports LineNumberFrom as 2 for the first row of a file read without a header.
            // The row's last line is used instead, which is its only line because mapping rows are one line each.
            var line = row.LineNumberToExcl - 1;
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                continue;
            }

            if (row.ColCount != 2)
            {
                throw new ScorecardDataException(
                    $"{path}:{line}: the row '{row.Span}' has {row.ColCount} values; each row of a column mapping is column,source_column, such as recorded_date,Date Recorded.");
            }

            var column = ExtractColumns.Normalise(row[0].ToString());
            var source = ExtractColumns.Normalise(row[1].ToString());
            if (line == 1 && column == "column" && source == "source_column")
            {
                continue;
            }

            if (column.Length == 0 || source.Length == 0)
            {
                throw new ScorecardDataException($"{path}:{line}: the row '{row.Span}' has an empty name; give both the column and the source column.");
            }

            if (known is not null && !known.Contains(column))
            {
                throw new ScorecardDataException(
                    $"{path}:{line} column 'column' value '{row[0]}': not a column of {kind.ToString().ToLowerInvariant()} files. Use one of: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
            }

            if (sourceByColumn.TryGetValue(column, out var earlier))
            {
                throw new ScorecardDataException($"{path}:{line} column 'column' value '{row[0]}': already mapped at line {earlier}; keep one of the two rows.");
            }

            if (!columnBySource.TryAdd(source, column))
            {
                throw new ScorecardDataException($"{path}:{line} column 'source_column' value '{row[1]}': already mapped to '{columnBySource[source]}'; keep one of the two rows.");
            }

            sourceByColumn[column] = line;
        }

        return new ColumnMapping(path, columnBySource);
    }
}
