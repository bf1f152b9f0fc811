using Scorecard.Core.Time;

namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Rows stored and rows found bad in one file, per source kind (such as <c>offences</c> or
/// <c>returns:ocg-disruptions</c>) and month, so the file's months can be replaced and recorded.
/// </summary>
internal sealed class FileTally
{
    private readonly Dictionary<(string Kind, ReportMonth Month), (long Rows, long Bad)> _counts = [];
    private readonly List<string> _kinds = [];

    /// <summary>Bad rows whose month could not be read; they are recorded against the file's first month.</summary>
    /// <remarks>NOTE: a file whose every row lacks a readable month covers no month, so its bad rows are listed but not recorded.</remarks>
    public long BadWithoutMonth { get; private set; }

    /// <summary>Rows stored from the file.</summary>
    public long Rows => _counts.Values.Sum(count => count.Rows);

    /// <summary>Rows of the file found bad, with or without a month.</summary>
    public long Bad => _counts.Values.Sum(count => count.Bad) + BadWithoutMonth;

    public void AddRow(string kind, ReportMonth month) => Update(kind, month, rows: 1, bad: 0);

    /// <summary>Counts a bad row against its month, or against no month when <paramref name="month"/> is null.</summary>
    public void AddBad(string? kind, ReportMonth? month)
    {
        if (kind is null || month is null)
        {
            BadWithoutMonth++;
            return;
        }

        Update(kind, month.Value, rows: 0, bad: 1);
    }

    /// <summary>Marks a month as covered by the file without counting a row, such as a month inside its range with no rows.</summary>
    public void Cover(string kind, ReportMonth month) => Update(kind, month, rows: 0, bad: 0);

    /// <summary>
    /// Returns the months the file covers for each kind, in the order the kinds were first met. With
    /// <paramref name="wholeRange"/> every month from the kind's first to its last counts as covered,
    /// because a records extract with no rows in a month means none happened; otherwise only the months
    /// that have rows, because a missing monthly return is missing, not zero.
    /// </summary>
    public IReadOnlyList<(string Kind, IReadOnlyList<(ReportMonth Month, long Rows, long Bad)> Months)> Coverage(bool wholeRange)
    {
        var coverage = new List<(string, IReadOnlyList<(ReportMonth, long, long)>)>();
        foreach (var kind in _kinds)
        {
            var months = _counts.Keys.Where(key => key.Kind == kind).Select(key => key.Month).Order().ToList();
            var covered = wholeRange ? Window.Between(months[0], months[^1]).Months.ToList() : months;
            var rows = covered.Select(month => _counts.TryGetValue((kind, month), out var count) ? (month, count.Rows, count.Bad) : (month, 0L, 0L)).ToList();
            if (coverage.Count == 0 && BadWithoutMonth > 0)
            {
                rows[0] = (rows[0].Item1, rows[0].Item2, rows[0].Item3 + BadWithoutMonth);
            }

            coverage.Add((kind, rows));
        }

        return coverage;
    }

    private void Update(string kind, ReportMonth month, long rows, long bad)
    {
        if (!_kinds.Contains(kind))
        {
            _kinds.Add(kind);
        }

        _counts[(kind, month)] = _counts.TryGetValue((kind, month), out var count) ? (count.Rows + rows, count.Bad + bad) : (rows, bad);
    }
}
