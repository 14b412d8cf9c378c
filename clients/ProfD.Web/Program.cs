using ProfD.Web.Hosting;

var app = WebFrontEndApplication.Build(args);
app.Run();
