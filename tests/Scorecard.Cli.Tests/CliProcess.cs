using System.Diagnostics;

namespace Scorecard.Cli.Tests;

/// <summary>
/// Runs the built scorecard command as a child process with standard output and error sent to
/// pipes, as in a script or a log, so the command finds its output redirected and runs with the environment given.
/// </summary>
internal static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs the command with <paramref name="environment"/> set in its environment; a null value removes the variable.</summary>
    public static (int ExitCode, string Output, string Error) Run(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        // DOTNET_HOST_PATH names the dotnet executable when the .NET SDK set it; otherwise dotnet is found on PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "scorecard.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scorecard {string.Join(' ', args)} did not finish within {Timeout.TotalMinutes} minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
