using System;
using System.Text;
using CustomerMetrics.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, CliConsole.System());
