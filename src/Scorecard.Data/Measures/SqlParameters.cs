namespace Scorecard.Data.Measures;

/// <summary>Positional parameters of one SQL statement: <see cref="Add"/> returns the <c>$n</c> placeholder of each value.</summary>
internal sealed class SqlParameters
{
    private readonly List<object?> _values = [];

    /// <summary>Parameter values in placeholder order.</summary>
    public object?[] Values => [.. _values];

    /// <summary>Adds a value and returns its placeholder, such as <c>$3</c>.</summary>
    public string Add(object? value)
    {
        _values.Add(value);
        return $"${_values.Count}";
    }

    /// <summary>Returns <c> AND column IN (...)</c> for the values, or "" when there are none (no filter).</summary>
    public string InList(string column, IReadOnlyList<string> values) =>
        values.Count == 0 ? "" : $" AND {column} IN ({string.Join(", ", values.Select(Add))})";
}
