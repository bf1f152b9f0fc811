namespace Scorecard.Cli.Tests;

/// <summary>Runs the scorecard command in-process with standard output captured.</summary>
internal static class CliRunner
{
    private static readonly Lock ConsoleLock = new();

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        lock (ConsoleLock)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var previousOut = Console.Out;
            var previousError = Console.Error;
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
                {
                    Out = new Spectre.Console.AnsiConsoleOutput(output),
                    Interactive = Spectre.Console.InteractionSupport.No,
                    Ansi = Spectre.Console.AnsiSupport.No,
                });

                // Wide enough that tables are not wrapped, so tests can find whole values.
                console.Profile.Width = 250;
                Spectre.Console.AnsiConsole.Console = console;
                var exitCode = ScorecardCli.Run(args);
                return (exitCode, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(previousOut);
                Console.SetError(previousError);
            }
        }
    }
}
