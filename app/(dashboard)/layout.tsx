import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { CHANGE_PASSWORD_PATH, currentUser } from "@/lib/auth/session";
import { navFor } from "@/lib/auth/nav";
import { roleLabels } from "@/lib/auth/roles";
import { CollapsibleMenu } from "@/components/nav/collapsible-menu";
import { NavLinks } from "@/components/nav/nav-links";
import { SignOutButton } from "@/components/auth/sign-out-button";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  if (!user) {
    const path = (await headers()).get("x-chokepoint-path");
    redirect(path && path !== "/" ? `/sign-in?next=${encodeURIComponent(path)}` : "/sign-in");
  }
  // an admin reset the password: nothing else opens until the user has chosen their own
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">Chokepoint</div>
        <CollapsibleMenu>
          <NavLinks items={navFor(user.role)} />
          <div className="spacer" />
          <div className="who">
            <div>{user.name}</div>
            <div className="small" data-testid="current-role">
              {roleLabels[user.role]}
            </div>
            <SignOutButton />
          </div>
        </CollapsibleMenu>
      </aside>
      <main className="main" id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
