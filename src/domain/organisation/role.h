#pragma once
// The roles a member holds in one organisation (ISO/IEC 27001 5.3 roles and authorities).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori {

enum class Role : std::uint8_t {
    IsmsManager,      // 情報セキュリティ管理責任者
    TopManagement,    // トップマネジメント
    RiskOwner,        // リスク所有者
    InternalAuditor,  // 内部監査員
    Employee,         // 社員
    ExternalAuditor,  // 認証機関の審査員: read-only
};

inline constexpr Role all_roles[] = {Role::IsmsManager, Role::TopManagement,
                                     Role::RiskOwner,   Role::InternalAuditor,
                                     Role::Employee,    Role::ExternalAuditor};

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);

// A set of roles, stored as bits; its text form is the sorted role names.
class RoleSet {
  public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles);
    void add(Role role) { m_bits |= bit(role); }
    bool has(Role role) const { return (m_bits & bit(role)) != 0; }
    bool empty() const { return m_bits == 0; }
    std::vector<std::string> names() const;
    // "employee,isms_manager": the stored form.
    std::string joined() const;
    static std::optional<RoleSet> parse_joined(std::string_view text);
    friend bool operator==(const RoleSet&, const RoleSet&) = default;

  private:
    static std::uint32_t bit(Role role) { return 1u << static_cast<unsigned>(role); }
    std::uint32_t m_bits = 0;
};

}  // namespace mamori
