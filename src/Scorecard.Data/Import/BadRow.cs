namespace Scorecard.Data.Import;

/// <summary>
/// A row (or whole file) that could not be imported, with where it is and what to do about it.
/// </summary>
/// <param name="File">File as the user would find it; a file inside a zip archive is written <c>archive.zip!folder/name.csv</c>.</param>
/// <param name="Line">1-based line number in the file; 1 is the header.</param>
/// <param name="Column">Column name as written in the header, or null when the whole row or file is bad.</param>
/// <param name="Value">Raw value found, or null when there is none to show.</param>
/// <param name="Problem">What is wrong, as a sentence.</param>
public sealed record BadRow(string File, long Line, string? Column, string? Value, string Problem)
{
    /// <summary>Returns the one-line form used in listings: file:line, column, value and problem.</summary>
    public override string ToString()
    {
        var column = Column is null ? "" : $" column '{Column}'";
        var value = Value is null ? "" : $" value '{Value}'";
        return $"{File}:{Line}{column}{value}: {Problem}";
    }
}
