using ProfD.Gateway.Hosting;

var app = GatewayApplication.Build(args);
app.Run();
