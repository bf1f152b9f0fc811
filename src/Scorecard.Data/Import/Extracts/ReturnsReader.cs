using DuckDB.NET.Data;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Reads <c>returns.csv</c> rows: figures already counted, one per measure, month and area. A file
/// covers only the months it has rows for, per measure id, because a missing return is missing, not zero.
/// </summary>
internal class ReturnsReader(ScorecardStore store, string force) : MonthlyExtractReader(store, force)
{
    public override string Table => "monthly_returns";

    public override string Contents => "returns";

    public override string Layout => "A returns file";

    public override IReadOnlyList<string> RequiredColumns => ExtractColumns.ReturnsRequired;

    public override bool CoversWholeRange => false;

    public override string? CheckHeader(ExtractHeader header) =>
        header.Has("value") || (header.Has("numerator") && header.Has("denominator"))
            ? null
            : "The header has neither a value column nor both numerator and denominator columns; add value for counts, or numerator and denominator (and squared_weights for survey shares).";

    public override bool ReadRow(ExtractRecord record, DuckDBAppender staging, FileTally tally)
    {
        if (!record.Required("measure_id", "measure id", out var measureId) || !record.Month("month", out var month))
        {
            return false;
        }

        measureId = measureId.ToLowerInvariant();
        var kind = SourceKinds.Returns(measureId);
        record.CountsIn = (kind, month);
        var area = record.Optional("area");
        var key = $"{measureId} {month} {area ?? "(whole force)"}";
        if (!CheckUnique(record, "measure_id", "measure, month and area", key)
            || !record.OptionalNumber("value", out var value)
            || !record.OptionalNumber("numerator", out var numerator)
            || !record.OptionalNumber("denominator", out var denominator)
            || !record.OptionalNumber("squared_weights", out var squaredWeights))
        {
            return false;
        }

        if (value is null && (numerator is null || denominator is null))
        {
            return record.Bad(record.Header.Has("value") ? "value" : "numerator",
                "The row has neither a value nor both a numerator and a denominator; give the month's figure as value, or its numerator and denominator.");
        }

        var row = staging.CreateRow()
            .AppendValue(Force)
            .AppendValue(measureId)
            .AppendValue(month.FirstDay);
        AppendText(row, area);
        row.AppendValue(value).AppendValue(numerator).AppendValue(denominator).AppendValue(squaredWeights).EndRow();

        Remember(record, key);
        tally.AddRow(kind, month);
        return true;
    }

    public override void DeleteMonth(string kind, ReportMonth month) =>
        Store.Execute("DELETE FROM monthly_returns WHERE force = $1 AND measure_id = $2 AND month = $3", Force, SourceKinds.ReturnsId(kind), ScorecardStore.ToDate(month));
}
