using Scorecard.Core.Time;

namespace Scorecard.Core.Spc;

/// <summary>
/// One month of an SPC series: the month and its unrounded value, or a null value when the
/// month has no data. A null value is a gap, never zero.
/// </summary>
public readonly record struct SpcPoint(ReportMonth Month, double? Value);
