/// gymplan's version: the one place it is written, for `gymplan --version`.
public enum GymPlanVersion {
    public static let current = "0.13.0"
}
