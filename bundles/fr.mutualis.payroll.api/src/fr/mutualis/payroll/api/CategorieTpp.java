package fr.mutualis.payroll.api;

/** Category used for the transfert primes/points (PPCR) deduction; AUCUNE when the agent is not subject to it. */
public enum CategorieTpp {
    AUCUNE,
    A,
    B,
    C
}
