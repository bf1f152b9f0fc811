using System.Globalization;
using Scorecard.Core.Comparison;
using Scorecard.Core.Scorecards;

namespace Scorecard.Reports.Rendering;

/// <summary>A direction-of-travel method with the marker shown beside each direction it decided.</summary>
/// <param name="Marker">Marker such as "M1"; methods are numbered in the order their first row appears.</param>
/// <param name="Name">The method and its rule, such as "polarity: any change counts, and equal is Stable".</param>
public sealed record MethodMarker(string Marker, string Name)
{
    /// <summary>The note listed under the table, such as "Direction of travel by polarity: any change counts, and equal is Stable."</summary>
    public string Note => DirectionMethods.Note(Name);
}

/// <summary>
/// The markers that tell a reader which method decided each row's direction of travel: one marker
/// per distinct method, numbered M1, M2, ... in published row order. Letters are taken by data notes
/// and plain numbers by the plan's footnotes, so the "M" keeps the three kinds apart.
/// </summary>
public sealed class MethodKey
{
    private readonly Dictionary<string, MethodMarker> _byName;

    private MethodKey(IReadOnlyList<MethodMarker> methods, IReadOnlyList<string> otherNotes)
    {
        Methods = methods;
        OtherNotes = otherNotes;
        _byName = methods.ToDictionary(method => method.Name, StringComparer.Ordinal);
    }

    /// <summary>Methods used by at least one row, in marker order.</summary>
    public IReadOnlyList<MethodMarker> Methods { get; }

    /// <summary>
    /// Method notes of the report that are not the note of a method a row used, so that no note is lost
    /// when the renderers list the methods with their markers.
    /// </summary>
    public IReadOnlyList<string> OtherNotes { get; }

    /// <summary>Builds the key of <paramref name="report"/>.</summary>
    public static MethodKey For(ScorecardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var methods = report.Rows
            .Select(row => row.DirectionMethod)
            .Distinct(StringComparer.Ordinal)
            .Select((name, index) => new MethodMarker("M" + (index + 1).ToString(CultureInfo.InvariantCulture), name))
            .ToList();
        var listed = methods.Select(method => method.Note).ToHashSet(StringComparer.Ordinal);
        var otherNotes = report.MethodNotes.Where(note => !listed.Contains(note)).ToList();
        return new MethodKey(methods, otherNotes);
    }

    /// <summary>Returns the marker of the method named <paramref name="methodName"/>.</summary>
    /// <exception cref="ArgumentException">No row of the report used that method.</exception>
    public MethodMarker For(string methodName) =>
        _byName.TryGetValue(methodName, out var method)
            ? method
            : throw new ArgumentException($"No row of the report used the direction method '{methodName}'.", nameof(methodName));
}
