using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class BrukerConfiguration : IEntityTypeConfiguration<Bruker>
{
    public void Configure(EntityTypeBuilder<Bruker> builder)
    {
        builder.Property(b => b.FulltNavn).HasMaxLength(200).IsRequired();
        builder.HasOne<Kreditor>().WithMany().HasForeignKey(b => b.KreditorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.Kontor).HasMaxLength(20);
    }
}
