using System.Text;

namespace Scorecard.Reports.Audit.Reading;

/// <summary>Reads a published scorecard file into rows of cells, choosing the reader by content and extension.</summary>
public static class PublishedTableReader
{
    /// <summary>Reads <paramref name="path"/> as <paramref name="format"/>, or as the format its content and extension show.</summary>
    /// <exception cref="AuditInputException">The file is missing, empty or not readable in that format.</exception>
    public static RawTable Read(string path, ScorecardFileFormat? format = null)
    {
        if (!File.Exists(path))
        {
            throw AuditThrow.FileNotFound(path);
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
        {
            throw AuditThrow.EmptyFile(path);
        }

        return (format ?? Detect(path, bytes)) switch
        {
            ScorecardFileFormat.Xlsx => XlsxTableReader.Read(path, new MemoryStream(bytes, writable: false)),
            ScorecardFileFormat.Html => HtmlTableReader.Read(path, Decode(bytes)),
            _ => DelimitedTableReader.Read(path, Decode(bytes)),
        };
    }

    /// <summary>
    /// Returns the format of a file: XLSX when it starts with a ZIP signature or ends in .xlsx, HTML when
    /// it ends in .html or .htm or its text starts with '&lt;' and contains a table, delimited text otherwise.
    /// </summary>
    public static ScorecardFileFormat Detect(string path, ReadOnlySpan<byte> bytes)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".xlsx" || bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return ScorecardFileFormat.Xlsx;
        }

        if (extension is ".html" or ".htm")
        {
            return ScorecardFileFormat.Html;
        }

        var text = Decode(bytes.Length > 4096 ? bytes[..4096] : bytes).TrimStart();
        return text.StartsWith('<') && text.Contains("<table", StringComparison.OrdinalIgnoreCase)
            ? ScorecardFileFormat.Html
            : ScorecardFileFormat.Delimited;
    }

    // UTF-8, with or without a byte order mark; invalid bytes become U+FFFD so the error that follows quotes them.
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
