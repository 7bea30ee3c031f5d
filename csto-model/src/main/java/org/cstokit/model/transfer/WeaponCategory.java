package org.cstokit.model.transfer;

/**
 * SIPRI's categories of major conventional weapons.
 */
public enum WeaponCategory {
  /** Aircraft, including helicopters and unmanned aircraft. */
  AIRCRAFT,
  /** Air defence systems. */
  AIR_DEFENCE,
  /** Armoured vehicles. */
  ARMOURED_VEHICLES,
  /** Artillery. */
  ARTILLERY,
  /** Engines. */
  ENGINES,
  /** Missiles, including guided rockets and bombs. */
  MISSILES,
  /** Naval weapons. */
  NAVAL_WEAPONS,
  /** Satellites. */
  SATELLITES,
  /** Sensors (radars, sonars). */
  SENSORS,
  /** Ships. */
  SHIPS,
  /** Other equipment. */
  OTHER;
}
