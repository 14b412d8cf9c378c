using ProfD.Trust.Hosting;

var app = TrustApplication.Build(args);
app.Run();
