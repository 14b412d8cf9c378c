using ProfD.Node.Hosting;

var app = NodeApplication.Build(args);
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
