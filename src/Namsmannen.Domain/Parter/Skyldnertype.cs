namespace Namsmannen.Domain.Parter;

public enum Skyldnertype
{
    Person,
    Virksomhet,
}
