using TtpSim.Cli;

StartupMarks.Mark("main");
StartupSwitches.Apply(args);
return await CliApp.RunAsync(args, Console.Out, Console.Error);
