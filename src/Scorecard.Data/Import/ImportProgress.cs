namespace Scorecard.Data.Import;

/// <summary>How far an import has gone, reported after each file and every 50,000 rows.</summary>
/// <param name="FilesDone">Files finished.</param>
/// <param name="FileCount">Files to import.</param>
/// <param name="BytesDone">Uncompressed bytes read so far.</param>
/// <param name="BytesTotal">Uncompressed bytes of all files.</param>
/// <param name="Rows">Good rows read so far; an import stores them all at the end, in one transaction.</param>
/// <param name="CurrentFile">File being read; empty once every file has been read.</param>
public sealed record ImportProgress(int FilesDone, int FileCount, long BytesDone, long BytesTotal, long Rows, string CurrentFile)
{
    /// <summary>Whether every file has been read and the rows are being written to the store, the last step.</summary>
    public bool Storing { get; init; }
}
