using System.Net;
using System.Text.RegularExpressions;

namespace Scorecard.Reports.Audit;

/// <summary>A cell's plain text and the footnote markers that were attached to it.</summary>
/// <param name="Text">Text without tags, entities decoded, whitespace collapsed and trimmed.</param>
/// <param name="Footnotes">Footnote markers in order, such as "4" for <c>&lt;sup&gt;4&lt;/sup&gt;</c>.</param>
public sealed record CleanCell(string Text, IReadOnlyList<string> Footnotes);

/// <summary>
/// Cleans cell text exported from a PDF or a web page. &lt;sup&gt; content and trailing Unicode
/// superscript digits become footnote markers. Other tags (&lt;i&gt;, &lt;b&gt;, &lt;span&gt;) are
/// dropped, &lt;br&gt; becomes a space, and HTML entities are decoded.
/// </summary>
public static partial class CellText
{
    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Returns the plain text and footnote markers of <paramref name="raw"/>.</summary>
    public static CleanCell Clean(string raw)
    {
        var footnotes = new List<string>();
        var text = SupElement().Replace(raw, match =>
        {
            footnotes.AddRange(SplitMarkers(StripTags(match.Groups["marker"].Value)));
            return " ";
        });

        text = LineBreak().Replace(text, " ");
        text = WebUtility.HtmlDecode(StripTags(text)).Replace('\u00A0', ' ');
        text = Whitespace().Replace(text, " ").Trim();

        var superscripts = text.Length - text.TrimEnd(SuperscriptDigits.ToCharArray()).Length;
        if (superscripts > 0)
        {
            var marker = string.Concat(text[^superscripts..].Select(digit => (char)('0' + SuperscriptDigits.IndexOf(digit))));
            footnotes.Add(marker);
            text = text[..^superscripts].TrimEnd();
        }

        return new CleanCell(text, footnotes);
    }

    private static string StripTags(string text) => Tag().Replace(text, "");

    private static IEnumerable<string> SplitMarkers(string markers) =>
        markers.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"<sup\b[^>]*>(?<marker>.*?)</sup\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SupElement();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
