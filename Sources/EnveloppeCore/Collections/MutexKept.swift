import Synchronization

extension Mutex {
    /// What the mutex keeps, made by `make` the first time it is asked and kept for the next askers. Made outside the
    /// lock: two threads asking at once may both make it (the values made are equal), and the first one kept stays.
    @inlinable package borrowing func kept<Made: Sendable>(orMaking make: () -> Made) -> Made where Value == Made? {
        if let known = withLock({ $0 }) { return known }
        let made = make()
        return withLock { kept in
            if let kept { return kept }
            kept = made
            return made
        }
    }
}
