using ScottPlot;
using Scorecard.Core.Spc;

namespace Scorecard.Reports.Charts;

/// <summary>
/// Colours of Making Data Count charts, with the hex values NHSRplotthedots uses: grey for common
/// cause, blue for improvement, orange for concern, purple for neither, black mean, red target.
/// </summary>
internal static class SpcChartPalette
{
    public static readonly Color CommonCause = Color.FromHex("#a6a6a6");
    public static readonly Color Improvement = Color.FromHex("#00b0f0");
    public static readonly Color Concern = Color.FromHex("#e46c0a");
    public static readonly Color Neither = Color.FromHex("#490092");
    public static readonly Color ValueLine = Color.FromHex("#a6a6a6");
    public static readonly Color Mean = Color.FromHex("#000000");
    public static readonly Color Limits = Color.FromHex("#7f7f7f");
    public static readonly Color Target = Color.FromHex("#de1b1b");
    public static readonly Color Rebase = Color.FromHex("#404040");
    public static readonly Color Warning = Color.FromHex("#b34700");

    /// <summary>Returns the marker colour for a point type; gaps have no marker.</summary>
    public static Color ForPoint(SpcPointType type) => type switch
    {
        SpcPointType.Improvement => Improvement,
        SpcPointType.Concern => Concern,
        SpcPointType.Neither => Neither,
        _ => CommonCause,
    };
}
