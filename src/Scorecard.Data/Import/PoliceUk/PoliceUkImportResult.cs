using Scorecard.Core.Time;

namespace Scorecard.Data.Import.PoliceUk;

/// <summary>What one file contributed to an import.</summary>
/// <param name="File">File as shown in messages.</param>
/// <param name="Force">Force identifier.</param>
/// <param name="Month">Month of the file.</param>
/// <param name="Kind">Street or outcomes.</param>
/// <param name="Rows">Crime or outcome rows stored.</param>
/// <param name="AsbRows">Anti-social behaviour rows stored (street files only).</param>
/// <param name="BadRows">Rows skipped as bad.</param>
public sealed record ImportedFile(string File, string Force, ReportMonth Month, PoliceUkFileKind Kind, long Rows, long AsbRows, long BadRows)
{
    /// <summary>Whether the file's rows were stored; false when the whole file was skipped as bad or repeated.</summary>
    public bool Stored { get; init; } = true;
}

/// <summary>The outcome of one import run.</summary>
/// <param name="Files">Files read, in order.</param>
/// <param name="BadRows">Bad rows found, in file and line order; at most <see cref="PoliceUkImporter.MaxBadRowsListed"/> are kept.</param>
/// <param name="BadRowCount">All bad rows found, including those not kept in the list.</param>
/// <param name="SkippedFiles">Files that were not police.uk street or outcomes files, such as stop-and-search files.</param>
/// <param name="Committed">Whether anything was stored; false when a strict import found bad rows.</param>
public sealed record PoliceUkImportResult(IReadOnlyList<ImportedFile> Files, IReadOnlyList<BadRow> BadRows, long BadRowCount, int SkippedFiles, bool Committed)
{
    /// <summary>Files whose rows were stored.</summary>
    public int StoredFiles => Committed ? Files.Count(file => file.Stored) : 0;

    /// <summary>Crime and outcome rows stored.</summary>
    public long Rows => Committed ? Files.Sum(file => file.Rows) : 0;

    /// <summary>Anti-social behaviour rows stored.</summary>
    public long AsbRows => Committed ? Files.Sum(file => file.AsbRows) : 0;
}
