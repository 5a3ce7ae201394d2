package org.balise.arms;

import java.util.List;

/** A weapon and every ledger line about it, oldest first. */
public record WeaponHistory(Weapon weapon, List<Movement> movements) {
}
