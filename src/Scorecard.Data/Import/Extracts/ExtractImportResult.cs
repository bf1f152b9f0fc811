using Scorecard.Core.Time;

namespace Scorecard.Data.Import.Extracts;

/// <summary>What one file contributed to an extract import.</summary>
/// <param name="File">File as given.</param>
/// <param name="Contents">What the file holds, such as "offences", "returns" or "severity weights".</param>
/// <param name="FirstMonth">First month the file covers, or null for reference data or a file with no readable month.</param>
/// <param name="LastMonth">Last month the file covers, or null as for <paramref name="FirstMonth"/>.</param>
/// <param name="Rows">Records stored: offences, calls, survey responses, returns rows or reference rows.</param>
/// <param name="BadRows">Rows found bad, including offences stored with an outcome dated before them.</param>
public sealed record ExtractFileResult(string File, string Contents, ReportMonth? FirstMonth, ReportMonth? LastMonth, long Rows, long BadRows);

/// <summary>The outcome of one extract import run.</summary>
/// <param name="Kind">Kind of file imported.</param>
/// <param name="Files">Files read, in order.</param>
/// <param name="BadRows">Bad rows in the order found; at most <see cref="ExtractImporter.MaxBadRowsListed"/> are kept.</param>
/// <param name="BadRowCount">All bad rows found, including those not kept in the list.</param>
/// <param name="Committed">Whether anything was stored; false when a strict import found bad rows.</param>
public sealed record ExtractImportResult(ExtractKind Kind, IReadOnlyList<ExtractFileResult> Files, IReadOnlyList<BadRow> BadRows, long BadRowCount, bool Committed)
{
    /// <summary>Records stored.</summary>
    public long Rows => Committed ? Files.Sum(file => file.Rows) : 0;
}
