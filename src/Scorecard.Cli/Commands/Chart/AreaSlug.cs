using System.Text;

namespace Scorecard.Cli.Commands.Chart;

/// <summary>File-name forms of area names, such as <c>tower-hamlets</c> for "Tower Hamlets".</summary>
public static class AreaSlug
{
    /// <summary>
    /// Returns the area's name in lower case with every run of characters other than letters and
    /// digits written as one hyphen, and no hyphen at either end. Letters with accents are kept
    /// ("Ynys Môn" gives <c>ynys-môn</c>). A name with no letter or digit gives <c>area</c>.
    /// </summary>
    public static string Of(string area)
    {
        var slug = new StringBuilder(area.Length);
        foreach (var character in area.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(character))
            {
                slug.Append(character);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        return text.Length == 0 ? "area" : text;
    }

    /// <summary>
    /// Returns a slug for each area, unique among them: when two names give the same slug, such as
    /// "St Albans" and "St. Albans", the second gets <c>-2</c>, the third <c>-3</c>, in the order given.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Unique(IEnumerable<string> areas)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var area in areas)
        {
            var slug = Of(area);
            for (var number = 2; !used.Add(slug); number++)
            {
                slug = $"{Of(area)}-{number}";
            }

            slugs[area] = slug;
        }

        return slugs;
    }
}
