using ProfD.Node.Schools;

namespace ProfD.Node.Demo;

/// <summary>A demo school: where it is and whose names its teachers have.</summary>
internal sealed record DemoSchool(string Name, string City, string Nation, Economy Economy, string EmailDomain, DemoNamePool People);
