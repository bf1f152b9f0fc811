using DuckDB.NET.Data;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Reads the rows of one kind of monthly extract into a staging table, checking each row. One
/// reader serves a whole import run, so ids are checked for uniqueness across all its files.
/// </summary>
internal abstract class MonthlyExtractReader(ScorecardStore store, string force)
{
    // Where each id was stored; the file name is shared between entries, so millions of ids stay small.
    private readonly Dictionary<string, (string File, long Line)> _seenIds = new(StringComparer.Ordinal);

    protected ScorecardStore Store => store;

    protected string Force => force;

    /// <summary>Store table the rows go to; the staging table has the same columns.</summary>
    public abstract string Table { get; }

    /// <summary>What a file's rows are, in plural, such as "offences" or "survey responses".</summary>
    public abstract string Contents { get; }

    /// <summary>The layout's name in messages, such as "An offences file".</summary>
    public abstract string Layout { get; }

    /// <summary>Columns the header must have.</summary>
    public abstract IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>
    /// Whether a file covers every month from its first to its last (records extracts, where a month
    /// with no rows had none) or only the months it has rows for (monthly returns).
    /// </summary>
    public virtual bool CoversWholeRange => true;

    /// <summary>Returns a problem with the header beyond missing columns, or null.</summary>
    public virtual string? CheckHeader(ExtractHeader header) => null;

    /// <summary>Checks the current row and appends it to <paramref name="staging"/>, counting it in <paramref name="tally"/>; returns false when the row is bad.</summary>
    public abstract bool ReadRow(ExtractRecord record, DuckDBAppender staging, FileTally tally);

    /// <summary>Deletes what the store holds for one source kind and month before the file's rows replace it.</summary>
    public virtual void DeleteMonth(string kind, ReportMonth month) =>
        store.Execute($"DELETE FROM {Table} WHERE force = $1 AND month = $2", force, ScorecardStore.ToDate(month));

    /// <summary>Lists the row as bad when <paramref name="id"/> was already read in this run; otherwise remembers it.</summary>
    protected bool CheckUnique(ExtractRecord record, string column, string what, string id)
    {
        if (_seenIds.TryGetValue(id, out var where))
        {
            return record.Bad(column, $"The {what} '{id}' already appears at {where.File}:{where.Line}; each {what} must be unique. Remove the repeated row.");
        }

        return true;
    }

    /// <summary>Remembers a stored row's id, so a later row with the same id is listed as bad.</summary>
    protected void Remember(ExtractRecord record, string id) => _seenIds[id] = (record.File, record.Line);

    protected static void AppendText(IDuckDBAppenderRow row, string? text)
    {
        if (text is null)
        {
            row.AppendNullValue();
        }
        else
        {
            row.AppendValue(text);
        }
    }
}
