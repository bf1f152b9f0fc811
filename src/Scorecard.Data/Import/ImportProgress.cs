namespace Scorecard.Data.Import;

/// <summary>How far an import has gone, reported after each file and every 50,000 rows.</summary>
/// <param name="FilesDone">Files finished.</param>
/// <param name="FileCount">Files to import.</param>
/// <param name="BytesDone">Uncompressed bytes read so far.</param>
/// <param name="BytesTotal">Uncompressed bytes of all files.</param>
/// <param name="Rows">Rows stored so far.</param>
/// <param name="CurrentFile">File being read.</param>
public sealed record ImportProgress(int FilesDone, int FileCount, long BytesDone, long BytesTotal, long Rows, string CurrentFile);
