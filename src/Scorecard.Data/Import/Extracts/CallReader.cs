using DuckDB.NET.Data;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Import.Extracts;

/// <summary>Reads <c>calls.csv</c> rows: one call or online report each, counted in the month received.</summary>
internal sealed class CallReader(ScorecardStore store, string force) : MonthlyExtractReader(store, force)
{
    public override string Table => "calls";

    public override string Contents => "calls";

    public override string Layout => "A calls file";

    public override IReadOnlyList<string> RequiredColumns => ExtractColumns.CallsRequired;

    public override bool ReadRow(ExtractRecord record, DuckDBAppender staging, FileTally tally)
    {
        if (!record.Required("call_id", "call id", out var callId) || !record.DateTime("received_at", out var received))
        {
            return false;
        }

        var month = ReportMonth.Of(DateOnly.FromDateTime(received));
        record.CountsIn = (SourceKinds.Calls, month);
        if (!CheckUnique(record, "call_id", "call id", callId)
            || !record.Required("channel", "channel", out var channel)
            || !record.YesNo("answered", out var answered)
            || !record.OptionalNumber("wait_seconds", out var wait))
        {
            return false;
        }

        if (wait < 0)
        {
            return record.Bad("wait_seconds", "The wait is negative; give the seconds from joining the queue to answer or abandonment, 0 or more.");
        }

        var row = staging.CreateRow()
            .AppendValue(Force)
            .AppendValue(callId)
            .AppendValue(channel.ToLowerInvariant())
            .AppendValue(received)
            .AppendValue(month.FirstDay)
            .AppendValue(answered)
            .AppendValue(wait);
        AppendText(row, record.Optional("area"));
        row.EndRow();

        Remember(record, callId);
        tally.AddRow(SourceKinds.Calls, month);
        return true;
    }
}
